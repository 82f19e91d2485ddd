import CCP
import Telephony
import Testing

@Suite struct ReducerTests {
    let size = Size(columns: 80, rows: 24)

    func world(_ john: AgentView, caller: CallerView? = nil) -> WorldSnapshot {
        WorldSnapshot(now: Fixtures.now, agents: ["john": john], agentTranscripts: ["john": Fixtures.johnHears],
                      caller: caller, callerTranscript: Fixtures.callerHears)
    }

    func press(_ keys: [Key], on view: AgentView, customer: Bool = false, caller: CallerView? = nil,
               from start: UIState? = nil) -> (UIState, [Intent]) {
        var state = start ?? UIState(agents: ["john"], showCustomer: customer, size: size)
        var all: [Intent] = []
        for key in keys {
            let (next, intents) = Reducer.reduce(state, .key(key), world: world(view, caller: caller))
            state = next
            all += intents
        }
        return (state, all)
    }

    @Test func ringingKeysAcceptAndReject() {
        #expect(press([.char("a")], on: Fixtures.ringing).1 == [.agent("john", .accept)])
        #expect(press([.char("r")], on: Fixtures.ringing).1 == [.agent("john", .reject)])
    }

    @Test func callControlKeysBecomeAgentCommands() {
        let cases: [(Character, AgentCommand)] = [
            ("j", .join), ("h", .hold(.all)), ("s", .swap), ("l", .leave), ("e", .endCall), ("m", .mute),
        ]
        for (key, command) in cases {
            #expect(press([.char(key)], on: Fixtures.consult).1 == [.agent("john", command)], "key \(key)")
        }
        #expect(press([.char("c")], on: Fixtures.afterContactWork).1 == [.agent("john", .clear)])
    }

    // The key follows the button, which follows the connection states (docs §5.2, issue 14 point 5),
    // no longer which of Hold all and Resume all the engine would carry out.
    @Test func holdAllTurnsIntoResumeAllWhenEveryPartyIsHeld() {
        var view = Fixtures.consult
        view.controls[.resumeAll] = .some(nil)
        #expect(press([.char("h")], on: view).1 == [.agent("john", .hold(.all))])
        for i in view.contact!.parties.indices { view.contact!.parties[i].state = .hold }
        #expect(press([.char("h")], on: view).1 == [.agent("john", .resume(.all))])
    }

    @Test func conferenceButtonsFollowTheConnectionStates() {
        var contact = Fixtures.consult.contact!
        #expect(ConferenceButtons.of(contact) == [.join, .swap, .holdAll])
        contact.parties[0].state = .connected
        #expect(ConferenceButtons.of(contact) == [.holdAll])
        contact.parties[0].state = .hold
        contact.parties[1].state = .hold
        #expect(ConferenceButtons.of(contact) == [.resumeAll])
        contact.parties[1].state = .disconnected
        #expect(ConferenceButtons.of(contact).isEmpty)
    }

    @Test func muteTogglesToUnmute() {
        #expect(press([.char("m")], on: Fixtures.partyOnHold).1 == [.agent("john", .unmute)])
    }

    @Test func disabledButtonShowsItsReasonAndSendsNothing() {
        let (state, intents) = press([.char("j")], on: Fixtures.ringing)
        #expect(intents.isEmpty)
        #expect(state.panels[0].message == Message("Join: Accept or reject the call first", kind: .error))
        let (_, queue) = press([.char("s")], on: Fixtures.queueTransfer)
        #expect(queue.isEmpty)
    }

    @Test func clickingADisabledButtonAlsoShowsTheReason() {
        let state = UIState(agents: ["john"], showCustomer: false, size: size)
        let (next, intents) = Reducer.reduce(state, .click(.button(panel: 0, .swap)), world: world(Fixtures.queueTransfer))
        #expect(intents.isEmpty)
        #expect(next.panels[0].message?.text == "Swap: Wait until Internal transfer connects")
    }

    @Test func theNextKeyClearsTheMessage() {
        let (state, _) = press([.char("j"), .char("?")], on: Fixtures.ringing)
        #expect(state.panels[0].message == nil)
        #expect(state.helpOpen)
    }

    @Test func quickConnectFilterNarrowsTheList() {
        let (state, _) = press([.char("q"), .char("q"), .char("u")], on: Fixtures.consult)
        #expect(state.panels[0].open == .quickConnects)
        #expect(state.panels[0].input == "qu")
        let entries = Menus.quickConnects(Fixtures.consult, filter: state.panels[0].input)
        #expect(entries == [.quickConnect(QuickConnectEntry(name: "PasswordReset", type: "QUEUE")),
                            .quickConnect(QuickConnectEntry(name: "Billing", type: "QUEUE"))])
    }

    @Test func choosingAQuickConnectSendsIt() {
        let (state, intents) = press([.char("q"), .char("b"), .char("i"), .enter], on: Fixtures.idle)
        #expect(intents == [.agent("john", .quickConnect("Billing"))])
        #expect(state.panels[0].open == .none)
        let (_, moved) = press([.char("q"), .down, .enter], on: Fixtures.idle)
        #expect(moved == [.agent("john", .quickConnect("PasswordReset"))])
    }

    @Test func typingANumberInQuickConnectsOffersToCallIt() {
        let (_, intents) = press([.char("q")] + "+15557".map { .char($0) } + [.enter], on: Fixtures.consult)
        #expect(intents == [.agent("john", .dial("+15557"))])
    }

    @Test func escapeClosesTheListWithoutSending() {
        let (state, intents) = press([.char("q"), .char("m"), .escape], on: Fixtures.idle)
        #expect(intents.isEmpty)
        #expect(state.panels[0].open == .none)
    }

    @Test func numberPadDialsWhenIdle() {
        let (state, intents) = press([.char("n")] + "+1555".map { .char($0) }, on: Fixtures.idle)
        #expect(intents.isEmpty)
        #expect(state.panels[0].input == "+1555")
        let (_, dialled) = press([.enter], on: Fixtures.idle, from: state)
        #expect(dialled == [.agent("john", .dial("+1555"))])
    }

    // The tones now go on their own line: the number field is for a number to call (issue 14 point 1).
    @Test func numberPadSendsTonesInACall() {
        let (state, intents) = press([.char("n"), .char("1"), .char("#")], on: Fixtures.consult)
        #expect(intents == [.agent("john", .sendDigits("1")), .agent("john", .sendDigits("#"))])
        #expect(state.panels[0].tones == "1#")
        #expect(state.panels[0].input == "")
    }

    /// Seed "Transfer calls to a quick connect or external number": in a call, Number pad, the
    /// number, then Call adds it as a party; a number typed with + sends no tone.
    @Test func inACallTheNumberPadCallsANumberLikeDial() {
        let (typed, tones) = press([.char("n")] + "+18005550199".map { .char($0) }, on: Fixtures.consult)
        #expect(tones.isEmpty)
        #expect(typed.panels[0].padField == .number)
        #expect(typed.panels[0].input == "+18005550199")
        let (after, call) = press([.enter], on: Fixtures.consult, from: typed)
        #expect(call == [.agent("john", .dial("+18005550199"))])
        #expect(after.panels[0].open == .none)
        #expect(after.panels[0].input == "" && after.panels[0].tones == "")
    }

    @Test func upAndDownChooseBetweenTonesAndTheNumberToCall() {
        let keys: [Key] = [.char("n"), .char("1"), .down, .char("5"), .char("5"), .backspace, .up, .char("2")]
        let (state, intents) = press(keys, on: Fixtures.consult)
        #expect(intents == [.agent("john", .sendDigits("1")), .agent("john", .sendDigits("2"))])
        #expect(state.panels[0].tones == "12")
        #expect(state.panels[0].input == "5")
    }

    @Test func callWithNoNumberSaysWhereToTypeIt() {
        let (state, intents) = press([.char("n"), .char("3"), .enter], on: Fixtures.consult)
        #expect(intents == [.agent("john", .sendDigits("3"))])
        #expect(state.panels[0].open == .numberPad)
        #expect(state.panels[0].message?.text.contains("Call line") == true)
    }

    @Test func theMouseTypesOnTheCallLineAndPressesCall() {
        var state = UIState(agents: ["john"], showCustomer: false, size: size)
        var intents: [Intent] = []
        for target: HitTarget in [.button(panel: 0, .numberPad), .padField(panel: 0, .number), .padKey(panel: 0, "5"),
                                  .padKey(panel: 0, "0"), .padKey(panel: 0, "0"), .button(panel: 0, .choose)] {
            let (next, out) = Reducer.reduce(state, .click(target), world: world(Fixtures.consult))
            state = next
            intents += out
        }
        #expect(intents == [.agent("john", .dial("500"))])
        #expect(state.panels[0].open == .none)
    }

    @Test func aFailedDialClearsAndClosesThePadAndSaysWhy() {
        let session = FakeSession(agents: ["john": Fixtures.consult])
        session.refuseWith = Refusal("This call already has 3 participants")
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        for key in [Key.char("n"), .char("+"), .char("1"), .char("2"), .char("3"), .enter] { controller.handle(.key(key)) }
        #expect(session.agentCommands.map(\.1) == [.dial("+123")])
        #expect(controller.ui.panels[0].open == .none)
        #expect(controller.ui.panels[0].input == "")
        #expect(controller.ui.panels[0].message == Message("This call already has 3 participants", kind: .error))
    }

    @Test func theInCallPadClosesClearedWhenTheCallEnds() {
        let (open, _) = press([.char("n"), .char("1"), .down, .char("9")], on: Fixtures.consult)
        let followed = Reducer.follow(open, world: world(Fixtures.afterContactWork))
        #expect(followed.panels[0].open == .none)
        #expect(followed.panels[0].tones == "" && followed.panels[0].input == "")
        // While the same call goes on (a party held, another joined) the pad stays.
        #expect(Reducer.follow(open, world: world(Fixtures.partyOnHold)).panels[0].open == .numberPad)
    }

    @Test func theIdlePadClosesWhenACallArrives() {
        let (open, _) = press([.char("n"), .char("+"), .char("1")], on: Fixtures.idle)
        #expect(Reducer.follow(open, world: world(Fixtures.idle)).panels[0].input == "+1")
        #expect(Reducer.follow(open, world: world(Fixtures.ringing)).panels[0].open == .none)
    }

    @Test func callKeysStillWorkWhileTheNumberPadIsOpen() {
        let (state, intents) = press([.char("n"), .char("5"), .char("h")], on: Fixtures.consult)
        #expect(intents == [.agent("john", .sendDigits("5")), .agent("john", .hold(.all))])
        #expect(state.panels[0].open == .numberPad)
    }

    @Test func statusMenuSetsTheChosenStatus() {
        let (_, intents) = press([.char("t"), .char("l"), .char("u"), .enter], on: Fixtures.consult)
        #expect(intents == [.agent("john", .setStatus("Lunch"))])
    }

    @Test func partyRowsHoldResumeAndHangUpTheSelectedParty() {
        #expect(press([.char("o")], on: Fixtures.consult).1 == [.agent("john", .resume(.party("customer")))])
        #expect(press([.down, .char("o")], on: Fixtures.consult).1 == [.agent("john", .hold(.party("maria")))])
        #expect(press([.down, .char("x")], on: Fixtures.consult).1 == [.agent("john", .hangUp("maria"))])
        let (state, intents) = press([.char("o")], on: Fixtures.ringing)
        #expect(intents.isEmpty)
        #expect(state.panels[0].message?.text == "Hold +15550100: The call is not connected yet")
    }

    @Test func commandLineRunsAsTheFocusedAgent() {
        let (state, intents) = press([.char(":")] + "wait 5s".map { .char($0) } + [.enter], on: Fixtures.idle)
        #expect(intents == [.commandLine("wait 5s", as: "john")])
        #expect(state.commandLine == nil)
        let (cancelled, none) = press([.char(":"), .char("x"), .escape], on: Fixtures.idle)
        #expect(none.isEmpty)
        #expect(cancelled.commandLine == nil)
    }

    @Test func commandLineHistory() {
        let typed: (String) -> [Key] = { [.char(":")] + $0.map { .char($0) } + [.enter] }
        let (state, _) = press(typed("wait 1s") + typed("as maria"), on: Fixtures.idle)
        #expect(state.commandHistory == ["wait 1s", "as maria"])
        let (recalled, intents) = press([.char(":"), .up, .up, .down], on: Fixtures.idle, from: state)
        #expect(recalled.commandLine == "as maria")
        #expect(intents.isEmpty)
        let (fresh, _) = press([.down], on: Fixtures.idle, from: recalled)
        #expect(fresh.commandLine == "")
    }

    @Test func commandLineKeepsLettersThatAreAlsoKeys() {
        let (state, intents) = press([.char(":"), .char("a"), .char("Q")], on: Fixtures.ringing)
        #expect(intents.isEmpty)
        #expect(state.commandLine == "aQ")
    }

    @Test func tabMovesFocusAndKeysGoToTheFocusedPanel() {
        let start = UIState(agents: ["john"], showCustomer: true, size: size)
        let (state, intents) = press([.tab, .char("1"), .char("e")], on: Fixtures.consult, caller: Fixtures.caller,
                                     from: start)
        #expect(state.focus == 1)
        #expect(intents == [.world(.customerPresses(customer: nil, digits: "1")), .world(.customerHangsUp(customer: nil))])
    }

    @Test func customerSpeakLine() {
        let start = UIState(agents: ["john"], showCustomer: true, size: size)
        let (_, intents) = press([.backTab, .char("y")] + "hi there".map { .char($0) } + [.enter], on: Fixtures.consult,
                                 caller: Fixtures.caller, from: start)
        #expect(intents == [.world(.customerSays(customer: nil, text: "hi there"))])
    }

    @Test func pauseSpeedQuitAndResize() {
        let (state, intents) = press([.char("p"), .char("+"), .char("+"), .char("-"), .char("Q")], on: Fixtures.idle)
        #expect(state.paused)
        #expect(state.speed == 2)
        #expect(intents == [.quit])
        #expect(press([.ctrl("c")], on: Fixtures.idle).1 == [.quit])
        let (resized, _) = Reducer.reduce(state, .resize(Size(columns: 100, rows: 30)), world: world(Fixtures.idle))
        #expect(resized.size == Size(columns: 100, rows: 30))
    }

    /// README: --speed takes any value from 0.1 to 100; + and - then step to the neighbouring rung.
    @Test func speedBetweenRungsStepsToTheNeighbours() {
        var start = UIState(agents: ["john"], showCustomer: false, size: size)
        start.speed = 10
        #expect(press([.char("+")], on: Fixtures.idle, from: start).0.speed == 16)
        #expect(press([.char("-")], on: Fixtures.idle, from: start).0.speed == 8)
        start.speed = 100
        #expect(press([.char("+")], on: Fixtures.idle, from: start).0.speed == 100)
        #expect(press([.char("-")], on: Fixtures.idle, from: start).0.speed == 32)
    }

    @Test func mouseClicksHitWhatIsDrawn() {
        let session = FakeSession(agents: ["john": Fixtures.ringing])
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        let frame = controller.render()
        let accept = frame.hits.first { $0.target == .button(panel: 0, .accept) }
        #expect(accept != nil)
        if let accept {
            #expect(frame.target(x: accept.rect.x + 1, y: accept.rect.y) == .button(panel: 0, .accept))
            controller.handle(.click(.button(panel: 0, .accept)))
        }
        #expect(session.agentCommands.map(\.1) == [.accept])
    }

    @Test func refusalsFromTheEngineAreShownOnThePanel() {
        let session = FakeSession(agents: ["john": Fixtures.consult])
        session.refuseWith = Refusal("Maria is busy")
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        controller.handle(.key(.char("j")))
        #expect(controller.ui.panels[0].message == Message("Maria is busy", kind: .error))
    }

    @Test func controllerTakesControlOfShownAgentsAndShowsCommandOutput() {
        let session = FakeSession()
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        #expect(session.worldCommands == [.takeControl(agent: "john")])
        for key in [Key.char(":")] + "expect status Available".map({ Key.char($0) }) + [.enter] { controller.handle(.key(key)) }
        #expect(controller.ui.message == Message("ran expect status Available as john", kind: .info))
        // An agent verb on the `:` line is a move as a key's is (OwnTranscriptLineTests): it goes to the session's
        // perform, as the focused agent.
        for key in [Key.char(":")] + "status Lunch".map({ Key.char($0) }) + [.enter] { controller.handle(.key(key)) }
        #expect(session.agentCommands.last?.1 == .setStatus("Lunch"))
        #expect(controller.ui.message == Message("ok: status Lunch", kind: .info))
    }
}
