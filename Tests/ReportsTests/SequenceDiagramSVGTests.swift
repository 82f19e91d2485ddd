import Foundation
import Reports
import Telephony
import Testing

/// `--diagram OUT.svg` (issue 12 point 5): the sequence model drawn as SVG by the program. The SVG is read back
/// with a regular expression per element class here; Tests/e2e/test_diagram_svg.py parses it as XML.
@Suite struct SequenceDiagramSVGTests {
    static let events: [EngineEvent] = [
        EngineEvent(at: 0, .inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: ContactID(serial: 1))),
        EngineEvent(at: 5, .offered(contact: ContactID(serial: 1), agent: "john")),
        EngineEvent(at: 6, .spoke(party: .agent("john"), text: "Tom & Jerry <said> \"hi\"")),
        EngineEvent(at: 7, .promptPlayed(to: .customer(1), flow: "F&B", text: String(repeating: "x", count: 80), recording: false)),
        EngineEvent(at: 9, .connected(contact: ContactID(serial: 1), agent: "john")),
    ]

    func count(_ pattern: String, in text: String) -> Int {
        (try? NSRegularExpression(pattern: pattern).numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))) ?? -1
    }

    @Test func oneLifelineAndTwoBoxesPerParticipant_oneArrowPerMessage_oneBoxPerNote() {
        let model = SequenceDiagram().model(Self.events)
        let svg = SequenceDiagram().svg(Self.events)
        let messages = model.steps.filter { if case .message = $0 { return true } else { return false } }.count
        #expect(model.participants.count == 4)
        #expect(count(#"<line class="lifeline""#, in: svg) == model.participants.count)
        #expect(count(#"<g class="participant">"#, in: svg) == 2 * model.participants.count)
        #expect(count(#"<g class="message">"#, in: svg) == messages)
        #expect(count(#"<g class="note">"#, in: svg) == model.steps.count - messages)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func labelsAreEscapedForXMLAndCutLikeTheMermaidText() {
        let svg = SequenceDiagram(maxText: 60).svg(Self.events)
        #expect(svg.contains(">says: Tom &amp; Jerry &lt;said&gt; \"hi\"</text>"))
        #expect(svg.contains(">Flow: F&amp;B</text>"))
        #expect(svg.contains(">says: " + String(repeating: "x", count: 53) + "…</text>"))
        #expect(!svg.contains("Tom & Jerry"))
    }

    @Test func everyTextFitsBetweenTheLifelinesItsArrowJoins() throws {
        let svg = SequenceDiagram().svg(Self.events)
        let arrow = try NSRegularExpression(pattern: #"<line x1="([0-9.]+)" y1="[0-9.]+" x2="([0-9.]+)".*?text-anchor="middle">([^<]*)</text>"#)
        let matches = arrow.matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
        #expect(matches.count == 3)
        for m in matches {
            let field = { (i: Int) in String(svg[Range(m.range(at: i), in: svg)!]) }
            let span = abs(Double(field(2))! - Double(field(1))!)
            // 7 units a character of the monospace font, plus room for the arrowhead.
            #expect(span >= Double(field(3).count) * 7, "\(field(3))")
        }
    }

    @Test func anEmptyRunIsAnEmptyButValidDrawing() {
        let svg = SequenceDiagram().svg([])
        #expect(svg.contains("<svg "))
        #expect(count("class=", in: svg) == 0)
    }
}
