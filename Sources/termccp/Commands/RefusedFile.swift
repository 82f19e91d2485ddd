import Flows
import Reports
import Scenario

/// A file of a suite that cannot run (bad input): the others still run, and the JUnit report names it as an
/// `<error>` testcase at its first error's file:line (README "QA"); the run then ends with status 2.
enum RefusedFile {
    static func junitCase(file: String, className: String, problems: [Problem]) -> JUnitReport.Case {
        let first = problems.first(where: \.isError) ?? problems.first
        let text = ProblemLimit.lines(problems).joined(separator: "\n")
        return JUnitReport.Case(name: file, className: className, file: file, seconds: 0,
                                outcome: .error(line: first?.line, message: first?.description ?? "\(file): bad input", detail: text),
                                output: text)
    }

    /// The closing line on standard error when some files of a suite (more than one file) could not run; a
    /// single file's own messages say it all, as `termccp demo` reports the same script.
    static func summary(refused: Int, of total: Int) -> String {
        "termccp: \(refused) of \(total) file\(total == 1 ? "" : "s") could not run (bad input, above); \(refused == total ? "nothing ran" : "the others ran")"
    }
}
