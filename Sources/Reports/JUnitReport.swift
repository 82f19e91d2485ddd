/// A JUnit XML report: one `<testsuite>` of `<testcase>`s, in the element and attribute names Jenkins
/// (xUnit plugin, junit-10.xsd) and GitLab read: `tests`, `failures`, `errors`, `time` in seconds, a
/// `<failure>` or `<error>` with a message, and the case's output in `<system-out>`.
public struct JUnitReport: Sendable, Equatable {
    public var suiteName: String
    public var cases: [Case]

    /// One script or test case.
    public struct Case: Sendable, Equatable {
        /// Shown as the test's name: the file path as given on the command line.
        public var name: String
        /// Groups cases in CI views (GitLab shows it as the "suite" column).
        public var className: String
        public var file: String?
        /// Wall-clock seconds the case took.
        public var seconds: Double
        public var outcome: Outcome
        /// Everything the case printed, in order.
        public var output: String

        public init(name: String, className: String, file: String? = nil, seconds: Double, outcome: Outcome, output: String) {
            self.name = name
            self.className = className
            self.file = file
            self.seconds = seconds
            self.outcome = outcome
            self.output = output
        }
    }

    public enum Outcome: Sendable, Equatable {
        case passed
        /// An expectation did not hold: `<failure>`, with the line of the file where it failed.
        case failed(line: Int?, message: String, detail: String)
        /// The case could not run (bad input): `<error>`.
        case error(line: Int?, message: String, detail: String)
    }

    public init(suiteName: String, cases: [Case]) {
        self.suiteName = suiteName
        self.cases = cases
    }

    public var failures: Int { cases.filter { if case .failed = $0.outcome { return true } else { return false } }.count }
    public var errors: Int { cases.filter { if case .error = $0.outcome { return true } else { return false } }.count }
    public var seconds: Double { cases.reduce(0) { $0 + max(0, $1.seconds) } }

    /// The report as an XML 1.0 document (UTF-8 text).
    public var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        let counts = #"tests="\#(cases.count)" failures="\#(failures)" errors="\#(errors)" time="\#(Self.seconds(seconds))""#
        out += #"<testsuites name="\#(XMLText.attribute(suiteName))" \#(counts)>"# + "\n"
        out += #"  <testsuite name="\#(XMLText.attribute(suiteName))" \#(counts) skipped="0">"# + "\n"
        for c in cases {
            var attributes = #"name="\#(XMLText.attribute(c.name))" classname="\#(XMLText.attribute(c.className))" time="\#(Self.seconds(c.seconds))""#
            if let file = c.file { attributes += #" file="\#(XMLText.attribute(file))""# }
            switch c.outcome {
            case .failed(let line?, _, _), .error(let line?, _, _): attributes += #" line="\#(line)""#
            default: break
            }
            out += "    <testcase \(attributes)>\n"
            switch c.outcome {
            case .passed:
                break
            case .failed(_, let message, let detail):
                out += #"      <failure type="ExpectationFailed" message="\#(XMLText.attribute(message))">\#(XMLText.content(detail))</failure>"# + "\n"
            case .error(_, let message, let detail):
                out += #"      <error type="BadInput" message="\#(XMLText.attribute(message))">\#(XMLText.content(detail))</error>"# + "\n"
            }
            out += "      <system-out>\(XMLText.content(c.output))</system-out>\n"
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// Seconds with millisecond precision, '.' as the decimal mark whatever the locale.
    static func seconds(_ value: Double) -> String {
        let millis = Int64((max(0, value) * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
