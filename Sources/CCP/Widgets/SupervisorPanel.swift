import Telephony
import TextFit

/// A supervisor's panel (`run --supervisor NAME`): the supervisor's status, the live contacts with
/// their agents, queues, states and durations, the Monitor / Barge / End call buttons, who hears whom
/// on the selected contact's call, and what the supervisor hears ([AG/monitor-conversations],
/// [AG/monitor-barge]; docs/supervisor.md).
enum SupervisorPanel {
    /// The contact the cursor is on: the one chosen by id while it is listed, else the row at the
    /// remembered index, kept inside the list.
    static func selectedIndex(_ state: PanelState, contacts: [LiveContactView]) -> Int? {
        guard !contacts.isEmpty else { return nil }
        if let id = state.selectedContact, let i = contacts.firstIndex(where: { $0.contactId == id }) { return i }
        return min(max(0, state.listIndex), contacts.count - 1)
    }

    /// The contact whose call the supervisor is on, else the selected one: who hears whom is shown for it.
    static func focusContact(_ state: PanelState, supervisor: SupervisorView?, contacts: [LiveContactView]) -> LiveContactView? {
        if let call = supervisor?.monitoredCall, let c = contacts.first(where: { $0.callId == call }) { return c }
        return selectedIndex(state, contacts: contacts).map { contacts[$0] }
    }

    /// The parties a barged-in supervisor can act on: everyone on the monitored call but itself.
    static func parties(supervisor: SupervisorView?, contacts: [LiveContactView]) -> [LiveContactView.Hearing] {
        guard let supervisor, let call = supervisor.monitoredCall,
              let c = contacts.first(where: { $0.callId == call }) else { return [] }
        return c.hearing.filter { $0.handle != supervisor.username }
    }

    static func buttons(_ supervisor: SupervisorView?, selected: LiveContactView?, party: LiveContactView.Hearing?,
                        panel: Int) -> [Button] {
        func button(_ action: Action, _ label: String, enabled: Bool) -> Button {
            Button(label: label, key: Keymap.mnemonic(action, in: .supervisor), enabled: enabled,
                   target: .button(panel: panel, action))
        }
        let barged = supervisor?.mode == .barge
        let monitorEnabled = barged ? supervisor?.silentRefusal == nil : monitorRefusal(supervisor, selected) == nil
        var out = [
            button(.monitor, barged ? "Monitor (silent)" : "Monitor", enabled: monitorEnabled),
            button(.barge, "Barge", enabled: supervisor != nil && supervisor?.bargeRefusal == nil),
            button(.endCall, "End call", enabled: supervisor != nil && supervisor?.endRefusal == nil),
        ]
        // Barged in, the supervisor acts on the call's parties (Streams 2.4.1: drop them from the call).
        if barged, let supervisor {
            // On a multi-party call any agent may hold any party (three-party-multi-party-comparison).
            let resumeAll = supervisor.holdAllRefusal != nil && supervisor.resumeAllRefusal == nil
            out.append(button(.holdAll, resumeAll ? "Resume all" : "Hold all",
                              enabled: (resumeAll ? supervisor.resumeAllRefusal : supervisor.holdAllRefusal) == nil))
            if let party {
                for action in [Action.toggleHoldParty, .toggleMuteParty, .hangUpParty] {
                    let move = partyMove(action, supervisor, party)
                    out.append(button(action, move.label, enabled: move.refusal == nil))
                }
            }
        }
        return out
    }

    /// A barged-in supervisor's move on one party, as its button and key give it: the label, why it
    /// does not apply (the engine's reason, so the key, the button and the `:` line agree), the command.
    struct PartyMove {
        var label: String
        var refusal: String?
        var command: AgentCommand
    }

    /// The move `action` (`o` hold / resume, `u` mute / unmute, `x` hang up) makes on `party` now.
    static func partyMove(_ action: Action, _ supervisor: SupervisorView, _ party: LiveContactView.Hearing) -> PartyMove {
        let h = party.handle
        switch action {
        case .hangUpParty:
            return PartyMove(label: "Hang up \(party.party)", refusal: supervisor.hangUpRefusals[h], command: .hangUp(h))
        case .toggleMuteParty:
            let unmute = party.muted
            return PartyMove(label: "\(unmute ? "Unmute" : "Mute") \(party.party)",
                             refusal: unmute ? supervisor.unmuteRefusals[h] : supervisor.muteRefusals[h],
                             command: unmute ? .unmuteParty(h) : .muteParty(h))
        default:
            let resume = holdResumes(supervisor, handle: h)
            return PartyMove(label: "\(resume ? "Resume" : "Hold") \(party.party)",
                             refusal: resume ? supervisor.resumeRefusals[h] : supervisor.holdRefusals[h],
                             command: resume ? .resume(.party(h)) : .hold(.party(h)))
        }
    }

    /// The move's name before a party is chosen, for a refusal that concerns every party.
    static func partyMoveName(_ action: Action) -> String {
        switch action {
        case .hangUpParty: return "Hang up"
        case .toggleMuteParty: return "Mute"
        default: return "Hold"
        }
    }

    /// Why an agent CCP key does nothing on the supervisor panel, and what to do instead (lazygit's
    /// one predicate that disables a button and says why): the panel monitors, barges and acts on the
    /// call's parties; the agent's buttons are on the agent's CCP. `agentPanel` is the display name of
    /// an agent CCP shown beside it (the monitored agent's when shown), nil when none is.
    static func agentKeyRefusal(_ action: Action, supervisor: SupervisorView?, ownView: AgentView?,
                                agentPanel: String?) -> (move: String, reason: String) {
        let elsewhere = agentPanel.map { "Tab to \($0)'s CCP." } ?? "show an agent's CCP with --agent NAME."
        let mode = supervisor?.mode
        let move = action.control.map(ControlLabel.of) ?? (action == .statusMenu ? "Change status" : "Number pad")
        switch action {
        case .accept, .reject, .clear:
            // The supervisor's own contact, offered by routing as to any agent, is handled on this panel.
            let why = action.control.flatMap { ownView?.disabledReason($0) } ?? "Not available now."
            return (move, mode == nil ? "\(why) A contact routed to you shows here." : why)
        case .join, .swap:
            switch mode {
            case .barge?: return (move, "an agent's button. Barged in: h holds or resumes everyone, o the selected party.")
            case .silentMonitor?:
                // Barge's key is named only where Barge is open (issue 11 review 2, point 2).
                if let refusal = supervisor?.bargeRefusal { return (move, "an agent's button. \(refusal)") }
                return (move, "an agent's button. Barge in (b) to act on the call.")
            case nil: return (move, "an agent's button, not on the supervisor panel: \(elsewhere)")
            }
        case .leave:
            return mode == nil ? (move, "an agent's button, not on the supervisor panel: \(elsewhere)")
                : (move, "End call (e) stops monitoring and leaves the call.")
        case .statusMenu:
            return (move, "not on the supervisor panel; type :status and the status, like :status Offline")
        default:
            return (move, "an agent's button, not on the supervisor panel: \(elsewhere)")
        }
    }

    /// True when the party's hold key resumes it: it cannot be held and can be resumed (it is on hold).
    static func holdResumes(_ supervisor: SupervisorView, handle: String) -> Bool {
        supervisor.holdRefusals[handle] != nil && supervisor.resumeRefusals[handle] == nil
    }

    /// The supervisor's own contact's buttons that apply now (Accept and Reject while offered, End
    /// call while connected, Clear contact after it), with the agent CCP's keys.
    static func ownContactButtons(_ view: AgentView, panel: Int) -> [Button] {
        [Control.accept, .reject, .endCall, .clear].filter { view.isEnabled($0) }.map {
            Button(label: ControlLabel.of($0), key: Keymap.mnemonic($0.action, in: .agent), enabled: true,
                   primary: $0 == .accept || $0 == .clear, target: .button(panel: panel, $0.action))
        }
    }

    /// Why Monitor does not apply to the selected contact; nil when it does.
    static func monitorRefusal(_ supervisor: SupervisorView?, _ contact: LiveContactView?) -> String? {
        guard let contact else { return "No contact to monitor: none is in progress." }
        if let reason = contact.monitorRefusal { return reason }
        guard let agent = contact.agent else { return "No agent is on this contact yet." }
        return supervisor?.monitorRefusals[agent]
    }

    static func draw(_ view: AgentView?, name: String, state: PanelState, panel: Int, focused: Bool,
                     world: WorldSnapshot, in rect: Rect, on canvas: inout Canvas) {
        let title = view.map { "\($0.displayName) (\($0.username)) \(canvas.glyphs.separator) supervisor" } ?? name
        Chrome.frame(title: title, focused: focused, panel: panel, in: rect, on: &canvas)
        var area = Chrome.content(of: rect)
        guard let view else {
            canvas.put("No agent \"\(name)\" in this scenario", x: area.x, y: area.y, width: area.width,
                       role: .error, clip: area)
            return
        }
        let supervisor = world.supervisors[name]
        let contacts = world.liveContacts
        let selected = selectedIndex(state, contacts: contacts)
        area = Chrome.message(state.message, advice: state.advice, in: area, on: &canvas)
        var (row, rest) = area.splitTop(1)
        drawStatus(view, supervisor: supervisor, world: world, in: row, on: &canvas)
        if view.contact != nil {
            // Its own contact, offered by routing as to any agent: the banner and the buttons for it.
            (row, rest) = rest.splitTop(1)
            ContactBanner.draw(view, now: world.now, in: row, on: &canvas)
            let own = ownContactButtons(view, panel: panel)
            (row, rest) = rest.splitTop(ButtonBar.rows(own, width: rest.width))
            ButtonBar.draw(own, in: row, on: &canvas)
        }
        rest = rest.splitTop(1).rest
        // The list takes what the rest leaves it, and never less than a row.
        let listRows = max(1, min(max(contacts.count, 1), rest.height / 3 - 1))
        (row, rest) = rest.splitTop(2 + listRows)
        ContactTable.draw(contacts, selected: selected, now: world.now, panel: panel, exampleCall: world.exampleCall,
                          in: row, on: &canvas)
        rest = rest.splitTop(1).rest
        let parties = parties(supervisor: supervisor, contacts: contacts)
        let party = parties.isEmpty ? nil : parties[min(max(0, state.selectedParty), parties.count - 1)]
        let buttons = buttons(supervisor, selected: selected.map { contacts[$0] }, party: party, panel: panel)
        (row, rest) = rest.splitTop(ButtonBar.rows(buttons, width: rest.width))
        ButtonBar.draw(buttons, in: row, on: &canvas)
        rest = rest.splitTop(1).rest
        if let contact = focusContact(state, supervisor: supervisor, contacts: contacts), !contact.hearing.isEmpty {
            let needed = 1 + hearingRows(contact, supervisor: supervisor, selectedParty: state.selectedParty,
                                         pointer: canvas.glyphs.pointer, width: rest.width).count
            // Who hears whom is what monitoring and barging are about: it comes before the transcript, which
            // keeps its title and a line only where they still fit (issue 11 review 2, point 7: a refusal
            // above pushed the monitoring line out).
            let rows = min(needed, max(0, rest.height))
            (row, rest) = rest.splitTop(rows)
            drawHearing(contact, supervisor: supervisor, selectedParty: state.selectedParty, in: row, on: &canvas)
            rest = rest.splitTop(1).rest
        }
        TranscriptView.draw(world.agentTranscripts[view.username] ?? [], title: "What \(view.displayName) hears",
                            scroll: state.scroll, in: rest, on: &canvas)
    }

    /// The supervisor's status as its CCP shows it (Available, Monitoring, Barged in) with its timer,
    /// and whose call it is on.
    static func drawStatus(_ view: AgentView, supervisor: SupervisorView?, world: WorldSnapshot, in row: Rect,
                           on canvas: inout Canvas) {
        let g = canvas.glyphs
        var x = canvas.put("\(g.bullet) \(view.status)", x: row.x, y: row.y, role: StatusBar.role(view.statusKind), clip: row)
        x = canvas.put("  \(TimeText.clock(world.now - view.statusSince))", x: x, y: row.y, role: .hint, clip: row)
        if let agent = supervisor?.monitoredAgent {
            let whose = world.liveContacts.first { $0.agent == agent }?.agentName ?? agent
            canvas.put("  \(whose)'s call", x: x, y: row.y, width: row.maxX - x, role: .text, clip: row)
        }
    }

    /// Who hears whom on the contact's call: one row per party, the supervisor's own row saying
    /// whether anyone hears it (silent monitor: no one; barge: everyone).
    static func drawHearing(_ contact: LiveContactView, supervisor: SupervisorView?, selectedParty: Int, in rect: Rect,
                            on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        let g = canvas.glyphs
        let who = contact.agentName.map { "\($0)'s call" } ?? "the call"
        var x = canvas.put("Who hears whom on \(who)", x: rect.x, y: rect.y, width: rect.width, role: .title, clip: rect)
        let barged = supervisor?.mode == .barge
        let select = "\(Keymap.mnemonic(.previousParty, in: .supervisor))/\(Keymap.mnemonic(.nextParty, in: .supervisor))"
        // The key hint whole or not at all: cut, it would read "Lef" (the help lists the keys).
        if barged, supervisor?.monitoredCall == contact.callId,
           x + 2 + CellWidth.of(select) + CellWidth.of(" select a party") <= rect.maxX {
            x = canvas.put("  ", x: x, y: rect.y, role: .hint, clip: rect)
            x = canvas.put(select, x: x, y: rect.y, role: .key, clip: rect)
            canvas.put(" select a party", x: x, y: rect.y, role: .hint, clip: rect)
        }
        for (i, pieces) in hearingRows(contact, supervisor: supervisor, selectedParty: selectedParty, pointer: g.pointer,
                                       width: rect.width).prefix(rect.height - 1).enumerated() {
            let line = rect.row(i + 1)
            var x = line.x
            for piece in pieces { x = canvas.put(piece.text, x: x, y: line.y, role: piece.role, clip: line) }
        }
    }

    /// Who hears whom as screen rows of styled pieces, one party a row, wrapped between words at
    /// `width` columns with an indent, so a narrow panel keeps "heard by no one" (the fact silent
    /// monitoring is about) instead of cutting it off.
    static func hearingRows(_ contact: LiveContactView, supervisor: SupervisorView?, selectedParty: Int, pointer: String,
                            width: Int) -> [[(text: String, role: StyleRole)]] {
        let onCall = supervisor?.monitoredCall == contact.callId
        let barged = supervisor?.mode == .barge
        var party = 0
        var rows: [[(text: String, role: StyleRole)]] = []
        for h in contact.hearing {
            let isSupervisor = contact.supervisors.contains { $0.username == h.handle }
            var mark = " "
            if !isSupervisor, onCall {
                if barged, party == selectedParty { mark = pointer }
                party += 1
            }
            var words: [(text: String, role: StyleRole)] = [(mark, .key)]
            func add(_ text: String, _ role: StyleRole) {
                for word in text.split(separator: " ") { words.append((String(word), role)) }
            }
            add(h.party, .text)
            if let s = contact.supervisors.first(where: { $0.username == h.handle }) {
                add(s.mode == .barge ? "(barged in)" : "(monitoring)", .statusSystem)
            }
            if h.muted { add("(muted)", .statusSystem) }
            if h.heardBy.isEmpty {
                words[words.count - 1].text += ":"
                words.append(("heard by no one;", .hint))
            }
            add("hears", .hint)
            add(h.hears.isEmpty ? "no one" : h.hears.joined(separator: ", "), .text)
            var row: [(text: String, role: StyleRole)] = []
            var used = 0
            for (n, word) in words.enumerated() {
                let gap = n <= 1 ? 0 : 1
                let w = CellWidth.of(word.text)
                if n > 1, used + gap + w > width, used > 3 {
                    rows.append(row)
                    row = [("   ", .text)]
                    used = 3
                } else if gap > 0 {
                    row.append((" ", word.role))
                    used += 1
                }
                row.append(word)
                used += w
                if n == 0 {
                    row.append((" ", .text))
                    used += 1
                }
            }
            rows.append(row)
        }
        return rows
    }
}

/// The live contacts as rows: agent, queue, state, duration, customer and who supervises; columns
/// that do not fit the width are left out, right to left.
enum ContactTable {
    struct Column: Sendable {
        var title: String
        var width: Int
        /// How narrow the column may get when the first four do not fit; nil: it keeps its width.
        var narrowest: Int? = nil
        var text: @Sendable (LiveContactView, Millis) -> String
    }

    static let columns: [Column] = [
        Column(title: "Agent", width: 14, narrowest: 12) { c, _ in c.agentName ?? "-" },
        Column(title: "Queue", width: 12) { c, _ in c.queue ?? "-" },
        Column(title: "State", width: 18, narrowest: 13) { c, _ in c.state },
        Column(title: "Duration", width: 8) { c, now in TimeText.clock(now - c.since) },
        Column(title: "Supervisor", width: 18) { c, _ in
            c.supervisors.map { "\($0.name) (\($0.mode == .barge ? "barge" : "monitor"))" }.joined(separator: ", ")
        },
        Column(title: "Customer", width: 13) { c, _ in c.customerNumber },
        Column(title: "Method", width: 9) { c, _ in c.initiationMethod },
    ]

    /// The columns shown at this width: the first four, then as many as fit. Where the four do not fit
    /// (a half-width panel at 80 columns) Queue goes, the least a supervisor watches, and Agent then
    /// State narrow, so every column shown stays under its title (review #12).
    static func shown(width: Int) -> [Column] {
        func used(_ shown: [Column]) -> Int { 1 + shown.reduce(0) { $0 + $1.width + 1 } }
        var out = Array(columns.prefix(4))
        if used(out) > width {
            out.removeAll { $0.title == "Queue" }
            for i in out.indices {
                guard let narrowest = out[i].narrowest else { continue }
                out[i].width -= max(0, min(used(out) - width, out[i].width - narrowest))
            }
            return out
        }
        for column in columns.dropFirst(4) {
            if used(out + [column]) > width { break }
            out.append(column)
        }
        return out
    }

    static func draw(_ contacts: [LiveContactView], selected: Int?, now: Millis, panel: Int, exampleCall: ExampleCall?,
                     in rect: Rect, on canvas: inout Canvas) {
        guard rect.height >= 2 else { return }
        let g = canvas.glyphs
        var x = canvas.put("Live contacts (\(contacts.count))", x: rect.x, y: rect.y, role: .title, clip: rect)
        if contacts.count > 1 {
            let select = "\(Keymap.mnemonic(.listUp, in: .supervisor))/\(Keymap.mnemonic(.listDown, in: .supervisor))"
            x = canvas.put("  ", x: x, y: rect.y, role: .hint, clip: rect)
            x = canvas.put(select, x: x, y: rect.y, role: .key, clip: rect)
            canvas.put(" select", x: x, y: rect.y, role: .hint, clip: rect)
        }
        let shown = shown(width: rect.width)
        var header = rect.row(1)
        header.x += 2
        header.width -= 2
        drawRow(shown.map { ($0.title, $0.width) }, role: .hint, in: header, on: &canvas)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        guard !contacts.isEmpty else {
            let key = "Press \(Keymap.mnemonic(.callIn, in: .global)) and a caller phones in."
            // The longest wording whose words fit the rows there are: in a 40-column panel (beside the
            // trainee's at 80 columns) the key is what the trainee needs, so it is kept whole (review, issue 11).
            let wordings = exampleCall == nil ? ["No contact in progress."] : ["No contact in progress. " + key, "No contact. " + key, key]
            let width = body.width - 2
            let hint = wordings.first { WordWrap.rows($0, width: width, ellipsis: g.ellipsis).count <= body.height } ?? wordings[wordings.count - 1]
            let rows = WordWrap.rows(hint, width: width, limit: body.height, ellipsis: g.ellipsis)
            for (i, text) in rows.enumerated() {
                canvas.put(text, x: body.x + 2, y: body.y + i, width: body.width - 2, role: .hint, clip: body)
            }
            return
        }
        let cursor = selected ?? 0
        let first = max(0, min(cursor - body.height + 1, contacts.count - body.height))
        for (row, index) in (first..<min(contacts.count, first + body.height)).enumerated() {
            let line = body.row(row)
            let isSelected = index == selected
            let role: StyleRole = isSelected ? .listSelected : .listItem
            canvas.fill(line, role: role)
            canvas.put(isSelected ? g.pointer : " ", x: line.x, y: line.y, role: role, clip: line)
            var cells = line
            cells.x += 2
            cells.width -= 2
            drawRow(shown.map { ($0.text(contacts[index], now), $0.width) }, role: role, in: cells, on: &canvas)
            canvas.hit(line, .listEntry(panel: panel, index: index))
        }
    }

    static func drawRow(_ cells: [(String, Int)], role: StyleRole, in line: Rect, on canvas: inout Canvas) {
        var x = line.x
        for (i, (text, width)) in cells.enumerated() {
            // The last column takes the rest of the row.
            let w = i == cells.count - 1 ? line.maxX - x : min(width, line.maxX - x)
            guard w > 0 else { return }
            canvas.put(text, x: x, y: line.y, width: w, role: role, clip: line)
            x += width + 1
        }
    }
}
