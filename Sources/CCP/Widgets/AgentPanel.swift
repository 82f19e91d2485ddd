import Telephony
import TextFit

/// One agent's CCP: status, contact banner, parties, buttons, then the open list or number pad,
/// or the contact's attributes and the transcript of what this agent hears.
enum AgentPanel {
    static func buttons(_ view: AgentView, panel: Int) -> [Button] {
        func button(_ control: Control, label: String? = nil, primary: Bool = false) -> Button {
            Button(label: label ?? ControlLabel.of(control), key: Keymap.mnemonic(control.action, in: .agent),
                   enabled: view.isEnabled(control), primary: primary && view.isEnabled(control),
                   target: .button(panel: panel, control.action))
        }
        var out: [Button] = []
        let banner = view.contact?.banner
        if banner == .incoming || view.isEnabled(.accept) {
            out += [button(.accept, primary: true), button(.reject)]
        }
        out += [button(.quickConnects), button(.numberPad)]
        guard let banner else { return out }
        if [.connected, .onHold, .connecting].contains(banner), let contact = view.contact {
            out += ConferenceButtons.of(contact).map { button($0) }
            out += [button(.leave), button(.endCall), button(.mute, label: view.muted ? "Unmute" : "Mute")]
        }
        if [.afterContactWork, .missed].contains(banner) || view.isEnabled(.clear) {
            out.append(button(.clear, primary: true))
        }
        return out
    }

    static func draw(_ view: AgentView?, name: String, state: PanelState, panel: Int, focused: Bool,
                     world: WorldSnapshot, in rect: Rect, on canvas: inout Canvas) {
        let title = view.map { "\($0.displayName) (\($0.username))" } ?? name
        Chrome.frame(title: title, focused: focused, panel: panel, in: rect, on: &canvas)
        var area = Chrome.content(of: rect)
        guard let view else {
            canvas.put("No agent \"\(name)\" in this scenario", x: area.x, y: area.y, width: area.width,
                       role: .error, clip: area)
            return
        }
        let now = world.now
        area = Chrome.message(state.message, advice: state.advice, in: area, on: &canvas)
        var (row, rest) = area.splitTop(1)
        StatusBar.draw(view, now: now, panel: panel, in: row, on: &canvas)
        (row, rest) = rest.splitTop(1)
        ContactBanner.draw(view, now: now, in: row, on: &canvas)
        if let contact = view.contact {
            (row, rest) = rest.splitTop(1)
            canvas.put(ContactBanner.detail(contact, glyphs: canvas.glyphs), x: row.x, y: row.y, width: row.width,
                       role: .hint, clip: row)
            let partyRows = min(contact.parties.count, PartyList.maxRows)
            (row, rest) = rest.splitTop(partyRows)
            let selected = min(state.selectedParty, max(0, contact.parties.count - 1))
            PartyList.draw(contact.parties, selected: selected, now: now, panel: panel, in: row, on: &canvas)
            // A trainee always sees the party keys; elsewhere they are drawn where the rows leave them out,
            // so `o`, `u` and `x` are on screen in a 38-column panel beside a supervisor's too, not only in help.
            if !contact.parties.isEmpty, world.lesson != nil || !PartyList.rowsShowKeys(width: row.width) {
                (row, rest) = rest.splitTop(1)
                PartyList.drawKeys(contact.parties, selected: selected, in: row, on: &canvas)
            }
        } else if world.exampleCall != nil, case .failure(let refusal)? = world.nextCallers[name] {
            // Why the next-caller key brings this agent no one: no number of the scenario routes to it.
            (row, rest) = rest.splitTop(1)
            let short = refusal.reason.components(separatedBy: ": ").first ?? refusal.reason
            canvas.put(WordWrap.line(short, width: row.width, ellipsis: canvas.glyphs.ellipsis), x: row.x, y: row.y,
                       role: .hint, clip: row)
        } else if world.exampleCall != nil {
            // A newcomer who waited out the demo call still has a caller one key away. While a caller is
            // still in the flow or the queue (the demo's call, a lesson's "Pat is about to phone in"), the
            // key brings a second one: said so, lest a trainee press it and miss the offer it brings.
            (row, rest) = rest.splitTop(1)
            canvas.put(idleCallerHint(waiting: world.callersWaiting, glyphs: canvas.glyphs), x: row.x, y: row.y,
                       width: row.width, role: .hint, clip: row)
        }
        rest = rest.splitTop(1).rest
        let buttons = buttons(view, panel: panel)
        (row, rest) = rest.splitTop(ButtonBar.rows(buttons, width: rest.width))
        ButtonBar.draw(buttons, in: row, on: &canvas)
        rest = rest.splitTop(1).rest
        switch state.open {
        case .quickConnects:
            let entries = Menus.quickConnects(view, filter: state.input).map { choice -> ChoiceList.Entry in
                switch choice {
                case .quickConnect(let e): return ChoiceList.Entry(label: e.name, detail: typeLabel(e.type))
                case .dial(let n): return ChoiceList.Entry(label: "Call \(n)", detail: "Phone number")
                }
            }
            ChoiceList.draw(title: "Quick connects", filter: state.input, entries: entries, selected: state.listIndex,
                            panel: panel, in: rest, on: &canvas)
        case .statusMenu:
            let entries = Menus.statuses(view, filter: state.input).map {
                ChoiceList.Entry(label: $0, detail: $0 == view.status ? "current" : "")
            }
            ChoiceList.draw(title: "Status", filter: state.input, entries: entries, selected: state.listIndex,
                            panel: panel, in: rest, on: &canvas)
        case .numberPad:
            let inCall = state.padContact != nil
            let height = NumberPad.height(inCall: inCall)
            // Tones usually go to an IVR, whose answer must stay in sight while the pad is open.
            if inCall, rest.height >= height + 3 {
                let (pad, below) = rest.splitTop(height)
                NumberPad.draw(state, inCall: true, panel: panel, in: pad, on: &canvas)
                TranscriptView.draw(world.agentTranscripts[view.username] ?? [], title: "What \(view.displayName) hears",
                                    scroll: state.scroll, in: below, on: &canvas)
            } else {
                NumberPad.draw(state, inCall: inCall, panel: panel, in: rest, on: &canvas)
            }
        case .none, .speak:
            if let contact = view.contact, let text = ContactBanner.attributes(contact, glyphs: canvas.glyphs) {
                (row, rest) = rest.splitTop(1)
                canvas.put(text, x: row.x, y: row.y, width: row.width, role: .hint, clip: row)
            }
            TranscriptView.draw(world.agentTranscripts[view.username] ?? [], title: "What \(view.displayName) hears",
                                scroll: state.scroll, in: rest, on: &canvas)
        }
    }

    /// The idle panel's line about the caller key: it brings the first caller, or another while
    /// `waiting` callers are still in a flow or a queue.
    static func idleCallerHint(waiting: Int, glyphs: Glyphs) -> String {
        let key = Keymap.mnemonic(.callIn, in: .global)
        guard waiting > 0 else { return "Press \(key) and a caller phones in now" }
        return "\(waiting) caller\(waiting == 1 ? "" : "s") waiting \(glyphs.separator) \(key) brings another"
    }

    /// Quick connect types as the CCP's list names them.
    static func typeLabel(_ type: String) -> String {
        switch type.uppercased() {
        case "USER": return "Agent"
        case "QUEUE": return "Queue"
        case "PHONE_NUMBER": return "Phone number"
        default: return type
        }
    }
}
