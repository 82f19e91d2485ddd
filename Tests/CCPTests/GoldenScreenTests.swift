import CCP
import Telephony
import Testing

/// Golden screens of the real engine: each state is reached by a script on the built-in scenario
/// (Support/EngineStage.swift), then rendered as the terminal shows it.
@Suite struct GoldenScreenTests {
    static let states: [(String, String)] = [
        ("idle", Stages.idle),
        ("ringing", Stages.ringing),
        ("consult-agent-quick-connect", Stages.consult),
        ("queue-transfer-connecting", Stages.queueTransferConnecting),
        ("joined", Stages.joined),
        ("party-on-hold", Stages.partyOnHold),
        ("after-contact-work", Stages.afterContactWork),
        ("missed", Stages.missed),
        ("transferred", Stages.transferred),
    ]
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 200, rows: 50)]
    static let small = Size(columns: 80, rows: 24)

    @Test(arguments: states.indices)
    func singleAgent(_ index: Int) throws {
        let (name, script) = Self.states[index]
        for size in Self.sizes {
            let stage = try EngineStage(size: size).run(script)
            Golden.check(Golden.text(stage.screen()), file: "\(name).\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func tooSmall() throws {
        let stage = try EngineStage(size: Size(columns: 30, rows: 10)).run(Stages.consult)
        Golden.check(Golden.text(stage.screen()), file: "too-small.30x10.txt")
    }

    /// John and Maria both driven from the keyboard, with the caller's phone: John consults Maria.
    @Test func sideBySideWithCustomerPhone() throws {
        for size in Self.sizes {
            let stage = try EngineStage(agents: ["john", "maria"], customer: true, size: size).run(Stages.connected + "\n" + """
                quick-connect Maria
                wait until maria banner "Incoming call"
                maria: accept
                wait until maria banner Connected
                wait 3s
                """)
            Golden.check(Golden.text(stage.screen()), file: "side-by-side.\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func quickConnectsFiltered() throws {
        let stage = try EngineStage(size: Self.small).run(Stages.connected).press([.char("q")]).type("a")
        Golden.check(Golden.text(stage.screen()), file: "quick-connects-filtered.80x24.txt")
    }

    @Test func numberPadDialsWhenIdle() throws {
        let stage = try EngineStage(size: Self.small).run(Stages.idle).press([.char("n")]).type("+1555")
        Golden.check(Golden.text(stage.screen()), file: "number-pad-dial.80x24.txt")
    }

    /// In a call the pad shows the tones sent and the number to call (issue 14 point 1).
    @Test func numberPadInACall() throws {
        for size in Self.sizes {
            let tones = try EngineStage(size: size).run(Stages.onShippingIVR).press([.char("n")]).type("113")
            Golden.check(Golden.text(tones.screen()), file: "number-pad-tones.\(size.columns)x\(size.rows).txt")
            let call = try EngineStage(size: size).run(Stages.connected).press([.char("n")]).type("+1800555")
            Golden.check(Golden.text(call.screen()), file: "number-pad-call.\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func statusMenu() throws {
        let stage = try EngineStage(size: Self.small).run(Stages.afterContactWork).press([.char("t")])
        Golden.check(Golden.text(stage.screen()), file: "status-menu.80x24.txt")
    }

    @Test func help() throws {
        let stage = try EngineStage(size: Self.small).run(Stages.consult).press([.char("?")])
        Golden.check(Golden.text(stage.screen()), file: "help.80x24.txt")
    }

    @Test func disabledButtonSaysWhy() throws {
        let stage = try EngineStage(size: Self.small).run(Stages.ringing).press([.char("j")])
        Golden.check(Golden.text(stage.screen()), file: "disabled-reason.80x24.txt")
    }

    @Test func customerSpeakLine() throws {
        let stage = try EngineStage(customer: true, size: Self.small).run(Stages.consult)
            .press([.tab, .char("y"), .char("h"), .char("i")])
        Golden.check(Golden.text(stage.screen()), file: "customer-speak.80x24.txt")
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() throws {
        let screen = try EngineStage(size: Self.small).run(Stages.partyOnHold).screen(glyphs: .ascii)
        #expect(screen.glyphText.unicodeScalars.allSatisfy { $0.isASCII })
        Golden.check(Golden.text(screen), file: "ascii.80x24.txt")
    }

    @Test func legendIsUniqueAndDocumented() {
        let legends = StyleRole.allCases.map(\.legend)
        #expect(Set(legends).count == legends.count)
        let text = StyleRole.allCases.map { "\($0.legend)  \($0.rawValue)" }.joined(separator: "\n") + "\n"
        Golden.check(text, file: "LEGEND.txt")
    }
}
