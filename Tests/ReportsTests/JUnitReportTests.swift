import Reports
import Testing

/// The JUnit report's numbers and escaping (the shape is validated against Jenkins' schema in
/// Tests/e2e/test_junit.py).
@Suite struct JUnitReportTests {
    static func report(_ cases: [JUnitReport.Case]) -> String { JUnitReport(suiteName: "s", cases: cases).xml }

    @Test func secondsHaveMillisecondsAndAPointWhateverTheValue() {
        let xml = Self.report([
            JUnitReport.Case(name: "a", className: "c", seconds: 1.2346, outcome: .passed, output: ""),
            JUnitReport.Case(name: "b", className: "c", seconds: 0.0004, outcome: .passed, output: ""),
            JUnitReport.Case(name: "c", className: "c", seconds: -1, outcome: .passed, output: ""),
        ])
        #expect(xml.contains(#"name="a" classname="c" time="1.235""#))
        #expect(xml.contains(#"name="b" classname="c" time="0.000""#))
        #expect(xml.contains(#"name="c" classname="c" time="0.000""#))
        #expect(xml.contains(#"tests="3" failures="0" errors="0" time="1.235""#))
    }

    @Test func failuresAndErrorsAreCountedAndCarryTheirLine() {
        let xml = Self.report([
            JUnitReport.Case(name: "f", className: "c", seconds: 0, outcome: .failed(line: 4, message: "f:4: no", detail: "d"), output: "o"),
            JUnitReport.Case(name: "e", className: "c", seconds: 0, outcome: .error(line: 2, message: "e:2: bad", detail: "d"), output: ""),
        ])
        #expect(xml.contains(#"tests="2" failures="1" errors="1""#))
        #expect(xml.contains(#"<testcase name="f" classname="c" time="0.000" line="4">"#))
        #expect(xml.contains(#"<failure type="ExpectationFailed" message="f:4: no">d</failure>"#))
        #expect(xml.contains(#"<error type="BadInput" message="e:2: bad">d</error>"#))
    }

    @Test func markupQuotesNewlinesAndControlCharactersAreEscaped() {
        let xml = Self.report([JUnitReport.Case(name: "a\"<b>&\n", className: "c", seconds: 0,
                                                outcome: .failed(line: nil, message: "x\ty", detail: "<\u{1B}[1m>"), output: "line 1\nline 2 & \u{7}")])
        #expect(xml.contains(#"name="a&quot;&lt;b&gt;&amp;&#10;""#))
        #expect(xml.contains(#"message="x&#9;y">&lt;\u{1B}[1m&gt;</failure>"#))
        #expect(xml.contains("<system-out>line 1\nline 2 &amp; \\u{7}</system-out>"))
        #expect(!xml.contains("line=\""), "no line attribute when the failure has none")
    }
}
