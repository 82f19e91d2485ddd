import Flows

/// How many problems are printed for one file. A small hostile file can hold hundreds of
/// thousands of mistakes; past the first hundred, a count says how many more there are.
public enum ProblemLimit {
    public static let shownPerFile = 100

    /// The lines to print for `problems`, in their order: at most `shownPerFile` per file, then
    /// for a file with more, `file: … and N more problems (E errors, W warnings) not shown`.
    public static func lines(_ problems: [Problem]) -> [String] {
        var shown: [String: Int] = [:]
        var hidden: [String: (errors: Int, warnings: Int)] = [:]
        var files: [String] = []
        var lines: [String] = []
        for problem in problems {
            let count = shown[problem.file, default: 0]
            if count == 0 && hidden[problem.file] == nil { files.append(problem.file) }
            if count < shownPerFile {
                shown[problem.file] = count + 1
                lines.append(problem.description)
            } else {
                var h = hidden[problem.file] ?? (0, 0)
                if problem.isError { h.errors += 1 } else { h.warnings += 1 }
                hidden[problem.file] = h
            }
        }
        for file in files {
            guard let (errors, warnings) = hidden[file] else { continue }
            let total = errors + warnings
            lines.append("\(file): … and \(total) more problem\(total == 1 ? "" : "s") "
                + "(\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")) not shown; "
                + "fix these first and check again")
        }
        return lines
    }
}
