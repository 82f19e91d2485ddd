import Foundation
import Telephony

/// `(UIState, event) -> (UIState, [Intent])`: the whole of the TUI's behaviour, without a terminal.
/// The world snapshot is read, never changed: whether a button is enabled comes from the engine's
/// own reasons (AgentView.controls), so the button's look, the key and the command agree.
public enum Reducer {
    public static func reduce(_ state: UIState, _ event: InputEvent, world: WorldSnapshot) -> (UIState, [Intent]) {
        var r = Reduction(state: follow(state, world: world), world: world)
        r.apply(event)
        return (r.state, r.intents)
    }

    /// The UI state that still applies to this world: a number pad belongs to the contact it was
    /// opened on (or to being idle), so it closes, cleared, once that call is over or a call arrives.
    public static func follow(_ state: UIState, world: WorldSnapshot) -> UIState {
        var out = state
        for i in out.panels.indices where out.panels[i].open == .numberPad {
            let view = out.panels[i].agentName.flatMap { world.agents[$0] }
            let contact = view?.contact?.contactId
            let stillApplies = out.panels[i].padContact == nil
                ? contact == nil
                : contact == out.panels[i].padContact && view.map(Menus.isInCall) == true
            if !stillApplies { out.panels[i].closeOpenPanel() }
        }
        return out
    }
}

struct Reduction {
    var state: UIState
    let world: WorldSnapshot
    var intents: [Intent] = []

    static let scrollPage = 5

    mutating func apply(_ event: InputEvent) {
        switch event {
        case .resize(let size):
            state.size = size
        case .key(let key):
            state.message = nil
            if state.panels.indices.contains(state.focus) { state.panels[state.focus].message = nil }
            press(key)
        case .click(let target):
            state.message = nil
            click(target)
        case .wheel(let panel, let up):
            guard state.panels.indices.contains(panel) else { return }
            state.focus = panel
            scroll(up ? Self.scrollPage : -Self.scrollPage)
        }
    }

    // MARK: keys

    mutating func press(_ key: Key) {
        if key == .ctrl("c") { intents.append(.quit); return }
        if state.quitAsked { return answerQuit(key) }
        if state.commandLine != nil { editCommandLine(key); return }
        if state.storyOpen { storyKey(key); return }
        if state.helpOpen { helpKey(key); return }
        guard state.panels.indices.contains(state.focus) else { globalKey(key); return }
        let panel = state.panels[state.focus]
        switch panel.open {
        case .quickConnects, .statusMenu:
            if let action = Keymap.action(for: key, in: .list) { perform(action, typed: key.typed); return }
            if let c = key.typed { editInput { $0.append(c) }; state.panels[state.focus].listIndex = 0; return }
        case .numberPad:
            if let action = Keymap.action(for: key, in: .numberPad) { perform(action, typed: key.typed); return }
            // The pad stays open while the call goes on: Hold all, End call and the rest still apply.
            if let action = Keymap.action(for: key, in: .agent) { perform(action, typed: key.typed); return }
        case .speak:
            editSpeakLine(key)
            return
        case .none:
            if panel.supervisorName != nil {
                if let action = Keymap.action(for: key, in: .supervisor) { supervise(action); return }
                if let action = Keymap.action(for: key, in: .agent) {
                    if superviseOwnContact(action) { return }
                    return refuseAgentKey(action)
                }
                if Keymap.action(for: key, in: .customer) == .pressDigit { return refuseAgentKey(.numberPad) }
                return globalKey(key)
            }
            let context: KeyContext = panel.agentName == nil ? .customer : .agent
            if let action = Keymap.action(for: key, in: context) { perform(action, typed: key.typed); return }
        }
        globalKey(key)
    }

    mutating func globalKey(_ key: Key) {
        if let action = Keymap.action(for: key, in: .global) { perform(action, typed: key.typed) }
    }

    mutating func helpKey(_ key: Key) {
        switch key {
        case .up: state.helpScroll = max(0, state.helpScroll - 1)
        case .down: state.helpScroll += 1
        case .pageUp: state.helpScroll = max(0, state.helpScroll - Self.scrollPage)
        case .pageDown: state.helpScroll += Self.scrollPage
        default:
            switch Keymap.action(for: key, in: .global) {
            case .quit: quit()
            case .help, .close: state.helpOpen = false
            default: break
            }
        }
    }

    /// `Q`: quits at once, except while a lesson runs, where it asks first (`quitAsked`): stopping
    /// ends the attempt and fixes its score, so one stray key must not do it. Ctrl-C still quits at once.
    mutating func quit() {
        guard world.lesson?.phase == .running, !state.storyOpen else { return intents.append(.quit) }
        state.quitAsked = true
        let key = Keymap.binding(for: .quit, in: .global)?.keys.first?.label ?? "Q"
        state.message = Message("Stop the lesson? Press \(key) again to end it with its score so far; "
            + "any other key goes back to it (the clock waits).", kind: .info)
    }

    /// The key after the stop question: `Q` again stops the lesson, whose summary then shows (a `Q` there
    /// quits, as after any lesson's end); any other key only goes back to it.
    mutating func answerQuit(_ key: Key) {
        state.quitAsked = false
        if Keymap.action(for: key, in: .global) == .quit { intents.append(.stopLesson) }
    }

    /// A lesson's story: Enter (or Escape, or a click) starts the lesson; nothing else acts yet.
    mutating func storyKey(_ key: Key) {
        switch key {
        case .enter, .escape, .char(" "): state.storyOpen = false
        default: if Keymap.action(for: key, in: .global) == .quit { intents.append(.quit) }
        }
    }

    mutating func editCommandLine(_ key: Key) {
        let text = state.commandLine ?? ""
        switch Keymap.action(for: key, in: .commandLine) {
        case .choose:
            state.commandLine = nil
            state.historyIndex = nil
            let line = text.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { return }
            if state.commandHistory.last != line { state.commandHistory.append(line) }
            intents.append(.commandLine(line, as: state.commandAgent))
        case .close:
            state.commandLine = nil
            state.historyIndex = nil
        case .erase:
            state.commandLine = text.isEmpty ? nil : String(text.dropLast())
        case .listUp, .listDown:
            let history = state.commandHistory
            guard !history.isEmpty else { return }
            let current = state.historyIndex ?? history.count
            let next = min(max(0, current + (Keymap.action(for: key, in: .commandLine) == .listUp ? -1 : 1)), history.count)
            state.historyIndex = next == history.count ? nil : next
            state.commandLine = next == history.count ? "" : history[next]
        default:
            if let c = key.typed { state.commandLine = text + String(c) }
        }
    }

    mutating func editSpeakLine(_ key: Key) {
        switch key {
        case .enter:
            let text = state.panels[state.focus].input.trimmingCharacters(in: .whitespaces)
            closePanel()
            if !text.isEmpty { intents.append(.world(.customerSays(customer: nil, text: text))) }
        case .escape:
            closePanel()
        case .backspace:
            editInput { if !$0.isEmpty { $0.removeLast() } }
        default:
            if let c = key.typed { editInput { $0.append(c) } }
        }
    }

    // MARK: mouse

    mutating func click(_ target: HitTarget) {
        switch target {
        case .help:
            state.helpOpen = false
            state.storyOpen = false
        case .panel(let p):
            focus(p)
        case .button(let p, let action):
            focus(p)
            perform(action, typed: nil)
        case .party(let p, let index):
            focus(p)
            state.panels[p].selectedParty = index
        case .partyHold(let p, let index):
            focus(p)
            state.panels[p].selectedParty = index
            perform(.toggleHoldParty, typed: nil)
        case .partyHangUp(let p, let index):
            focus(p)
            state.panels[p].selectedParty = index
            perform(.hangUpParty, typed: nil)
        case .partyMute(let p, let index):
            focus(p)
            state.panels[p].selectedParty = index
            perform(.toggleMuteParty, typed: nil)
        case .listEntry(let p, let index):
            focus(p)
            state.panels[p].listIndex = index
            if state.panels[p].supervisorName != nil, world.liveContacts.indices.contains(index) {
                state.panels[p].selectedContact = world.liveContacts[index].contactId
            }
            perform(.choose, typed: nil)
        case .padKey(let p, let c):
            focus(p)
            perform(.pressDigit, typed: c)
        case .padField(let p, let field):
            focus(p)
            if state.panels[p].open == .numberPad { state.panels[p].padField = field }
        }
    }

    mutating func focus(_ p: Int) {
        guard state.panels.indices.contains(p) else { return }
        if state.focus != p { state.panels[state.focus].message = nil }
        state.focus = p
        state.panels[p].message = nil
    }

    // MARK: actions

    var panel: PanelState { state.panels[state.focus] }
    var agentView: AgentView? { panel.agentName.flatMap { world.agents[$0] } }

    mutating func perform(_ action: Action, typed: Character?) {
        if state.panels.indices.contains(state.focus), panel.supervisorName != nil {
            if superviseOwnContact(action) { return }
            if Self.supervisorActions.contains(action) { return supervise(action) }
        }
        switch action {
        case .nextPanel, .previousPanel:
            guard !state.panels.isEmpty else { return }
            let step = action == .nextPanel ? 1 : state.panels.count - 1
            focus((state.focus + step) % state.panels.count)
        case .commandLine: state.commandLine = ""
        case .callIn: callIn()
        case .hint: intents.append(.showHint)
        case .nextStep: intents.append(.demo(.nextStep))
        case .stepMode: intents.append(.demo(.toggleStepMode))
        case .toggleCallMap, .toggleFlowView, .toggleRecords: SidePanels.toggle(action, &state)
        case .help:
            state.helpOpen = true
            state.helpScroll = 0
        case .pause: state.paused.toggle()
        case .faster, .slower: stepSpeed(action == .faster ? 1 : -1)
        case .redraw: intents.append(.redraw)
        case .suspend: intents.append(.suspend)
        case .quit: quit()
        case .close:
            if state.panels.indices.contains(state.focus), panel.open != .none { closePanel() }
        case .scrollBack: scroll(Self.scrollPage)
        case .scrollForward: scroll(-Self.scrollPage)
        case .say, .customerHangUp: customerAction(action)
        case .pressDigit: pressDigit(typed)
        case .listUp, .listDown:
            if panel.open == .numberPad {
                state.panels[state.focus].padField = action == .listUp ? .tones : .number
            } else {
                moveInList(action == .listUp ? -1 : 1)
            }
        case .choose: choose()
        case .erase:
            // Tones already sent cannot be taken back; Backspace edits the number to call.
            if panel.open == .numberPad, panel.padContact != nil, panel.padField == .tones { return }
            editInput { if !$0.isEmpty { $0.removeLast() } }
            if panel.open != .numberPad { state.panels[state.focus].listIndex = 0 }
        case .previousParty, .nextParty: selectParty(action == .previousParty ? -1 : 1)
        case .toggleHoldParty, .hangUpParty, .toggleMuteParty: partyAction(action)
        case .accept, .reject, .quickConnects, .numberPad, .join, .holdAll, .swap, .leave, .endCall, .mute, .clear:
            if let control = action.control { press(control) }
        case .statusMenu: openStatusMenu()
        case .monitor, .barge: supervise(action)
        }
    }

    /// A CCP button pressed by its key or a click: the engine command it issues when it is enabled, else why not.
    mutating func press(_ pressed: Control) {
        guard let name = panel.agentName else { return }
        guard let view = agentView else { return fail("No agent \(name) in this scenario") }
        // Hold all's key does what its button says, and the button follows the connection states.
        var control = pressed
        if control == .holdAll, let contact = view.contact, ConferenceButtons.of(contact).contains(.resumeAll) {
            control = .resumeAll
        }
        guard view.isEnabled(control) else { return refuse(control, view) }
        if let command = control.command(muted: view.muted) {
            intents.append(.agent(name, command))
        } else if control == .quickConnects {
            open(.quickConnects)
        } else {
            openNumberPad(view)
        }
    }

    mutating func openStatusMenu() {
        guard let name = panel.agentName else { return }
        guard let view = agentView else { return fail("No agent \(name) in this scenario") }
        open(.statusMenu)
        state.panels[state.focus].listIndex = view.selectableStatuses.firstIndex(of: view.status) ?? 0
    }

    mutating func partyAction(_ action: Action) {
        guard let name = panel.agentName, let view = agentView else { return }
        guard let party = AgentControls.selected(view, panel.selectedParty) else { return fail("No party on this contact") }
        let move = AgentControls.move(action, on: party)
        if let reason = AgentControls.refusal(action, on: party) {
            state.refusals += 1
            fail("\(move.verb) \(party.label): \(reason)")
            state.panels[state.focus].advice = Coach.advice(view, selectedParty: panel.selectedParty)
            return
        }
        intents.append(.agent(name, move.command))
    }

    /// A customer-phone key with no call on it: the key that brings one first, then the `:` line's way.
    var noCallOnThePhone: String {
        "No call on the customer phone: press \(Keymap.mnemonic(.callIn, in: .global)) and a caller phones in "
            + "(or :call FROM -> TO)"
    }

    mutating func customerAction(_ action: Action) {
        guard world.caller.map({ $0.state != .disconnected }) ?? false else {
            return fail(noCallOnThePhone)
        }
        if action == .say {
            open(.speak)
        } else {
            intents.append(.world(.customerHangsUp(customer: nil)))
        }
    }

    /// Places the next caller, so there is always a caller to take (issue 14 point 6): to a number that
    /// reaches the focused agent, or the first agent shown when the focus is on another panel.
    mutating func callIn() {
        let agent = panel.agentName ?? state.panels.lazy.compactMap(\.agentName).first
        let next = agent.flatMap { world.nextCallers[$0] }
            ?? world.exampleCall.map { .success($0) } ?? .failure(Refusal("This scenario claims no number to call"))
        let call: ExampleCall
        switch next {
        case .success(let found): call = found
        case .failure(let refusal): return fail(refusal.reason)
        }
        intents.append(.world(.call(from: call.from, to: call.to)))
        state.message = Message("\(call.from) phones \(call.to)", kind: .info)
    }

    mutating func pressDigit(_ c: Character?) {
        guard let c else { return }
        if panel.agentName == nil {
            guard world.caller.map({ $0.state != .disconnected }) ?? false else {
                return fail(noCallOnThePhone)
            }
            intents.append(.world(.customerPresses(customer: nil, digits: String(c))))
            return
        }
        guard let name = panel.agentName, let view = agentView else { return }
        if panel.open != .numberPad {
            guard view.isEnabled(.numberPad) else { return refuse(.numberPad, view) }
            openNumberPad(view)
        }
        // In a call a key is a tone to the parties the agent talks to, unless the number to call
        // is being typed; a number starts with + (E.164), so + moves there.
        if panel.padContact != nil {
            if c == "+" { state.panels[state.focus].padField = .number }
            if panel.padField == .tones {
                intents.append(.agent(name, .sendDigits(String(c))))
                state.panels[state.focus].tones.append(c)
                return
            }
        }
        editInput { $0.append(c) }
    }

    /// In a call the pad sends tones and also takes a number to add as a party; idle, it dials.
    mutating func openNumberPad(_ view: AgentView) {
        open(.numberPad)
        state.panels[state.focus].padContact = Menus.isInCall(view) ? view.contact?.contactId : nil
    }

    mutating func choose() {
        guard let name = panel.agentName, let view = agentView else { return }
        switch panel.open {
        case .quickConnects:
            let entries = Menus.quickConnects(view, filter: panel.input)
            guard entries.indices.contains(panel.listIndex) else { return fail("No quick connect matches \"\(panel.input)\"") }
            switch entries[panel.listIndex] {
            case .quickConnect(let entry): intents.append(.agent(name, .quickConnect(entry.name)))
            case .dial(let number): intents.append(.agent(name, .dial(number)))
            }
            closePanel()
        case .statusMenu:
            let entries = Menus.statuses(view, filter: panel.input)
            guard entries.indices.contains(panel.listIndex) else { return fail("No status matches \"\(panel.input)\"") }
            intents.append(.agent(name, .setStatus(entries[panel.listIndex])))
            closePanel()
        case .numberPad:
            // Call does what `dial` does: idle an outbound call, in a call a third party. Placed or
            // refused, the pad is cleared and closed; a refusal shows why.
            guard !panel.input.isEmpty else {
                return fail(panel.padContact == nil ? "Type a number to call"
                    : "Type the number to call on the Call line (Down, or start it with +)")
            }
            intents.append(.agent(name, .dial(panel.input)))
            closePanel()
        case .none, .speak:
            break
        }
    }

    mutating func moveInList(_ step: Int) {
        guard let view = agentView else { return }
        let count = panel.open == .statusMenu
            ? Menus.statuses(view, filter: panel.input).count
            : Menus.quickConnects(view, filter: panel.input).count
        guard count > 0 else { return }
        state.panels[state.focus].listIndex = (panel.listIndex + step + count) % count
    }

    mutating func selectParty(_ step: Int) {
        let count = agentView?.contact?.parties.count ?? 0
        guard count > 0 else { return }
        state.panels[state.focus].selectedParty = min(max(0, panel.selectedParty + step), count - 1)
    }

    mutating func scroll(_ lines: Int) {
        guard state.panels.indices.contains(state.focus) else { return }
        let total: Int
        if let name = panel.agentName ?? panel.supervisorName {
            total = world.agentTranscripts[name]?.count ?? 0
        } else {
            total = world.callerTranscript.count
        }
        state.panels[state.focus].scroll = min(max(0, panel.scroll + lines), max(0, total - 1))
    }

    /// The next rung of the ladder in that direction; a speed between rungs (--speed 10) or beyond
    /// them (--speed 100) steps to the nearest rung on that side, or stays where it is.
    mutating func stepSpeed(_ step: Int) {
        let speeds = UIState.speeds
        let next = step > 0 ? speeds.first { $0 > state.speed } : speeds.last { $0 < state.speed }
        if let next { state.speed = next }
    }

    mutating func open(_ what: OpenPanel) {
        state.panels[state.focus].closeOpenPanel()
        state.panels[state.focus].open = what
    }

    mutating func closePanel() {
        state.panels[state.focus].closeOpenPanel()
    }

    mutating func editInput(_ edit: (inout String) -> Void) {
        edit(&state.panels[state.focus].input)
    }

    mutating func refuse(_ control: Control, _ view: AgentView) {
        state.refusals += 1
        fail("\(ControlLabel.of(control)): " + KeyAdvice.onCCP(view.disabledReason(control) ?? "not available now"))
        state.panels[state.focus].advice = Coach.advice(view, selectedParty: panel.selectedParty)
    }

    mutating func fail(_ text: String) {
        if state.panels.indices.contains(state.focus) {
            state.panels[state.focus].message = Message(text, kind: .error)
        } else {
            state.message = Message(text, kind: .error)
        }
    }
}
