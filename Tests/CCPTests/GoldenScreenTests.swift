import CCP
import Telephony
import Testing

@Suite struct GoldenScreenTests {
    static let states: [(String, AgentView)] = [
        ("idle", Fixtures.idle),
        ("ringing", Fixtures.ringing),
        ("consult-agent-quick-connect", Fixtures.consult),
        ("queue-transfer-connecting", Fixtures.queueTransfer),
        ("joined", Fixtures.joined),
        ("party-on-hold", Fixtures.partyOnHold),
        ("after-contact-work", Fixtures.afterContactWork),
        ("missed", Fixtures.missed),
    ]
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    func screen(_ view: AgentView, size: Size, configure: (CCPController) -> Void = { _ in }) -> Screen {
        let session = FakeSession(agents: ["john": view])
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        configure(controller)
        return controller.render().screen
    }

    @Test(arguments: states.indices)
    func singleAgent(_ index: Int) {
        let (name, view) = Self.states[index]
        for size in Self.sizes {
            Golden.check(Golden.text(screen(view, size: size)), file: "\(name).\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func tooSmall() {
        Golden.check(Golden.text(screen(Fixtures.consult, size: Size(columns: 30, rows: 10))), file: "too-small.30x10.txt")
    }

    @Test func sideBySideWithCustomerPhone() {
        for size in Self.sizes {
            let session = FakeSession(agents: ["john": Fixtures.consult, "maria": Fixtures.maria], caller: Fixtures.caller,
                                      transcripts: [.agent("john"): Fixtures.johnHears, .customer(1): Fixtures.callerHears])
            let controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: true, size: size)
            Golden.check(Golden.text(controller.render().screen), file: "side-by-side.\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func openPanels() {
        let size = Size(columns: 80, rows: 24)
        Golden.check(Golden.text(screen(Fixtures.consult, size: size) {
            $0.handle(.key(.char("q")))
            $0.handle(.key(.char("a")))
        }), file: "quick-connects-filtered.80x24.txt")
        Golden.check(Golden.text(screen(Fixtures.idle, size: size) {
            $0.handle(.key(.char("n")))
            for c in "+1555" { $0.handle(.key(.char(c))) }
        }), file: "number-pad-dial.80x24.txt")
        Golden.check(Golden.text(screen(Fixtures.consult, size: size) {
            $0.handle(.key(.char("n")))
            for c in "113" { $0.handle(.key(.char(c))) }
        }), file: "number-pad-tones.80x24.txt")
        Golden.check(Golden.text(screen(Fixtures.afterContactWork, size: size) { $0.handle(.key(.char("t"))) }),
                     file: "status-menu.80x24.txt")
        Golden.check(Golden.text(screen(Fixtures.consult, size: size) { $0.handle(.key(.char("?"))) }),
                     file: "help.80x24.txt")
        Golden.check(Golden.text(screen(Fixtures.ringing, size: size) { $0.handle(.key(.char("j"))) }),
                     file: "disabled-reason.80x24.txt")
    }

    @Test func customerSpeakLine() {
        let session = FakeSession(agents: ["john": Fixtures.consult], caller: Fixtures.caller,
                                  transcripts: [.customer(1): Fixtures.callerHears])
        let controller = CCPController(session: session, agents: ["john"], showCustomer: true,
                                       size: Size(columns: 80, rows: 24))
        for key: Key in [.tab, .char("y"), .char("h"), .char("i")] { controller.handle(.key(key)) }
        Golden.check(Golden.text(controller.render().screen), file: "customer-speak.80x24.txt")
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() {
        let session = FakeSession(agents: ["john": Fixtures.partyOnHold])
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false,
                                       size: Size(columns: 80, rows: 24))
        let screen = controller.render(glyphs: .ascii).screen
        let allASCII = screen.glyphText.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(allASCII)
        Golden.check(Golden.text(screen), file: "ascii.80x24.txt")
    }

    @Test func legendIsUniqueAndDocumented() {
        let legends = StyleRole.allCases.map(\.legend)
        #expect(Set(legends).count == legends.count)
        let text = StyleRole.allCases.map { "\($0.legend)  \($0.rawValue)" }.joined(separator: "\n") + "\n"
        Golden.check(text, file: "LEGEND.txt")
    }
}
