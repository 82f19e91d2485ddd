import Flows
import Testing

/// A scenario's problem quoting a name written with a quoted escape shows the escape, not the control character
/// the terminal would carry out (Problem.printable; issue 11 review 3, which found it for lessons only).
@Suite struct ScenarioProblemQuoteTests {
    @Test func aQueueNameWithAnEscapeIsQuotedVisibly() throws {
        let found = problems("queues: [{ name: Q }]\nroutingProfiles: [{ name: P, queues: [\"Q\\e[2J\"] }]\nagents: []\n")
        let quoted = try #require(found.first { $0.description.contains(#"Q\u{1B}[2J"#) }, "\(found)")
        #expect(!quoted.description.contains("\u{1B}"))
    }
}
