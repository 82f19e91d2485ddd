import Telephony

/// The agent's own moves and where each contact starts, kept beside what the agent heard so the
/// transcript reads as a record of the call: "New contact +15555550123 (inbound)", "You put the caller on hold".
/// The engine is not asked to record any of it: this is the CCP's own memory of what it sent.
///
/// Each own line keeps its place among what the agent heard at the same instant: a move is made after
/// the lines heard so far (the offer's "Incoming call" before "You accepted the call"), and what the
/// engine says in answer comes after it. Time alone cannot order lines of one instant.
struct ActionLog {
    /// An own line and how many lines stamped with its instant the agent had heard when it was written.
    struct OwnLine {
        var line: TranscriptLine
        var heardAtInstant: Int
    }

    private(set) var own: [String: [OwnLine]] = [:]
    /// Each agent's contact at the last look, to mark where a new one starts.
    private var lastContact: [String: String] = [:]
    /// When each agent was last seen with no contact.
    private var lastFree: [String: Millis] = [:]
    /// The contact each agent was last seen to have missed and when, so each miss is written once (the
    /// same contact may ring the same agent again after Clear contact, and be missed again).
    private var lastMissed: [String: (contact: String, at: Millis)] = [:]

    /// The agent's own lines, oldest first.
    func lines(of agent: String) -> [TranscriptLine] { own[agent]?.map(\.line) ?? [] }

    /// `heardAtInstant`: how many lines stamped `now` the agent had heard before the move (`heardAtInstant(_:now:)`
    /// of its transcript then). `name` gives a party's name as the CCP shows it (an agent's display name) from a
    /// command's handle.
    /// `supervising`: the mover was monitoring a call, where the engine tells it its own moves itself.
    mutating func performed(_ command: AgentCommand, by agent: String, at now: Millis, heardAtInstant: Int,
                            supervising: Bool = false, name: (String) -> String = { $0 }) {
        guard !(supervising && Self.engineTellsSupervisor(command)),
              let line = Self.line(command, at: now, name: name) else { return }
        keep(OwnLine(line: line, heardAtInstant: heardAtInstant), of: agent)
    }

    /// Keeps an own line in its place among the agent's others, by time and then by what had been heard at its
    /// instant: a demo's moves are logged after the frame's look, so the miss a script's `reject` brought was
    /// written first and read "Missed contact" above "You rejected the call".
    private mutating func keep(_ line: OwnLine, of agent: String) {
        let place = Self.place(of: line, in: own[agent] ?? [])
        own[agent, default: []].insert(line, at: place)
    }

    /// After every line that is not later; searched from the end, where a new line nearly always goes.
    private static func place(of line: OwnLine, in lines: [OwnLine]) -> Int {
        lines.lastIndex { ($0.line.at, $0.heardAtInstant) <= (line.line.at, line.heardAtInstant) }.map { $0 + 1 } ?? 0
    }

    /// How many of `heard` (a transcript, oldest first) are stamped `now` (ms): where a move made now goes.
    static func heardAtInstant(_ heard: [TranscriptLine], now: Millis) -> Int {
        var count = 0
        for line in heard.reversed() {
            guard line.at == now else { break }
            count += 1
        }
        return count
    }

    /// Notes a contact seen for the first time where it began: its offer, or (first seen after the
    /// offer, as when a script drove the engine) the last moment the agent was seen free.
    mutating func look(at view: AgentView, now: Millis) {
        guard let contact = view.contact else {
            lastFree[view.username] = now
            return
        }
        // The contact's start before its miss: own lines are kept in time order.
        defer { noteMissed(contact, of: view.username) }
        guard lastContact[view.username] != contact.contactId else { return }
        lastContact[view.username] = contact.contactId
        let at = contact.banner == .incoming || contact.banner == .callbackIncoming
            ? contact.bannerSince : lastFree[view.username] ?? 0
        let who = contact.customerNumber.map { " \($0)" } ?? ""
        let text = "New contact\(who) (\(contact.initiationMethod.lowercased()))"
        // A contact starts before anything it brings: first among the lines of its instant.
        keep(OwnLine(line: TranscriptLine(at: at, kind: .system, text: text, source: ""), heardAtInstant: 0), of: view.username)
    }

    /// An offer that ended without Accept (the 20 s ran out, a reject, the caller hung up while it rang)
    /// leaves the contact Missed in the CCP until Clear contact (docs/amazon-connect.md §1.6 and §6 rules
    /// 4-5: "the current agent's status will be Missed", then Clear contact "so you can accept another
    /// call"); the transcript says so where it happened, after what was heard at that instant.
    private mutating func noteMissed(_ contact: ContactView, of agent: String) {
        guard contact.banner == .missed else { return }
        if let last = lastMissed[agent], last == (contact.contactId, contact.bannerSince) { return }
        lastMissed[agent] = (contact.contactId, contact.bannerSince)
        let line = TranscriptLine(at: contact.bannerSince, kind: .system, text: Self.missedText, source: "")
        keep(OwnLine(line: line, heardAtInstant: .max), of: agent)
    }

    static let missedText = "Missed contact: the call was not accepted; your status is Missed until Clear contact"

    /// What the agent heard with its own lines in time order; at one instant each own line goes after
    /// the lines heard at that instant before it was written (`OwnLine.heardAtInstant`).
    func merged(_ heard: [TranscriptLine], for agent: String) -> [TranscriptLine] {
        let own = own[agent] ?? []
        guard !own.isEmpty else { return heard }
        var out: [TranscriptLine] = []
        out.reserveCapacity(heard.count + own.count)
        var i = 0, j = 0
        // The heard lines already out that are stamped `instant`.
        var instant = Millis.min, outAtInstant = 0
        while i < heard.count || j < own.count {
            if j < own.count, i == heard.count || Self.goesFirst(own[j], heard[i],
                                                                 heardOut: own[j].line.at == instant ? outAtInstant : 0) {
                out.append(own[j].line)
                j += 1
            } else {
                let line = heard[i]
                if line.at == instant { outAtInstant += 1 } else { (instant, outAtInstant) = (line.at, 1) }
                out.append(line)
                i += 1
            }
        }
        return out
    }

    /// Whether an own line goes before the next heard line, `heardOut` lines of its instant being out already.
    private static func goesFirst(_ own: OwnLine, _ next: TranscriptLine, heardOut: Int) -> Bool {
        own.line.at < next.at || (own.line.at == next.at && heardOut >= own.heardAtInstant)
    }

    /// The moves a monitoring supervisor hears about from the engine ("You put the caller on hold", "Stopped
    /// monitoring"): a second own line would tell one move twice (issue 11 review 2, point 6). Barge and
    /// hanging up a party the engine does not tell the supervisor.
    static func engineTellsSupervisor(_ command: AgentCommand) -> Bool {
        switch command {
        case .hold, .resume, .endCall: return true
        default: return false
        }
    }

    /// The line a move leaves in the agent's own transcript; nil for the moves the engine records itself.
    static func line(_ command: AgentCommand, at now: Millis, name: (String) -> String = { $0 }) -> TranscriptLine? {
        // The agent does not hear its own voice, so the engine keeps its words only for those who hear it.
        if case .say(let words) = command { return TranscriptLine(at: now, kind: .speech, text: words, source: "You") }
        return text(command, name: name).map { TranscriptLine(at: now, kind: .system, text: $0, source: "") }
    }

    static func text(_ command: AgentCommand, name: (String) -> String = { $0 }) -> String? {
        func party(_ handle: String) -> String { handle == "customer" ? "the caller" : name(handle) }
        switch command {
        case .accept: return "You accepted the call"
        case .reject: return "You rejected the call"
        case .quickConnect(let name): return "You chose the quick connect \(name)"
        case .dial(let number): return "You dialled \(number)"
        case .hold(.all): return "You put everyone on hold (Hold all)"
        case .hold(.party(let h)): return "You put \(party(h)) on hold"
        case .resume(.all): return "You took everyone off hold (Resume all)"
        case .resume(.party(let h)): return "You took \(party(h)) off hold"
        case .swap: return "You swapped"
        case .join: return "You joined everyone"
        case .leave: return "You left the call"
        case .endCall: return "You ended the call"
        case .hangUp(let h): return "You hung up \(party(h))"
        case .clear: return "You cleared the contact"
        case .mute: return "You muted yourself"
        case .unmute: return "You unmuted yourself"
        case .setStatus(let s): return "You chose the status \(s)"
        case .barge: return "You barged in"
        // The engine already puts tones, a supervisor's muting of a party and Monitor ("Monitoring John
        // Doe's call", "Back to silent monitoring") in the transcript; words said are a speech line (`line`).
        case .sendDigits, .say, .muteParty, .unmuteParty, .monitor: return nil
        }
    }
}
