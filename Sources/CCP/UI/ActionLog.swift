import Telephony

/// The agent's own moves and where each contact starts, kept beside what the agent heard so the
/// transcript reads as a record of the call: "New contact +15555550123 (inbound)", "You put the caller on hold".
/// The engine is not asked to record any of it: this is the CCP's own memory of what it sent.
struct ActionLog {
    private(set) var lines: [String: [TranscriptLine]] = [:]
    /// Each agent's contact at the last look, to mark where a new one starts.
    private var lastContact: [String: String] = [:]
    /// When each agent was last seen with no contact.
    private var lastFree: [String: Millis] = [:]

    /// `name` gives a party's name as the CCP shows it (an agent's display name) from a command's handle.
    mutating func performed(_ command: AgentCommand, by agent: String, at now: Millis, name: (String) -> String = { $0 }) {
        guard let text = Self.text(command, name: name) else { return }
        lines[agent, default: []].append(TranscriptLine(at: now, kind: .system, text: text, source: ""))
    }

    /// Notes a contact seen for the first time where it began: its offer, or (first seen after the
    /// offer, as when a script drove the engine) the last moment the agent was seen free.
    mutating func look(at view: AgentView, now: Millis) {
        guard let contact = view.contact else {
            lastFree[view.username] = now
            return
        }
        guard lastContact[view.username] != contact.contactId else { return }
        lastContact[view.username] = contact.contactId
        let at = contact.banner == .incoming || contact.banner == .callbackIncoming
            ? contact.bannerSince : lastFree[view.username] ?? 0
        let who = contact.customerNumber.map { " \($0)" } ?? ""
        let text = "New contact\(who) (\(contact.initiationMethod.lowercased()))"
        lines[view.username, default: []].append(TranscriptLine(at: at, kind: .system, text: text, source: ""))
    }

    /// What the agent heard with its own lines in time order; at the same instant its own come first.
    func merged(_ heard: [TranscriptLine], for agent: String) -> [TranscriptLine] {
        let own = lines[agent] ?? []
        guard !own.isEmpty else { return heard }
        var out: [TranscriptLine] = []
        out.reserveCapacity(heard.count + own.count)
        var i = 0, j = 0
        while i < heard.count || j < own.count {
            if j < own.count, i == heard.count || own[j].at <= heard[i].at {
                out.append(own[j])
                j += 1
            } else {
                out.append(heard[i])
                i += 1
            }
        }
        return out
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
        case .monitor(let agent?): return "You started monitoring \(name(agent))"
        case .monitor(nil): return "You went back to silent monitoring"
        case .barge: return "You barged in"
        // The engine already puts tones, speech and a supervisor's muting of a party in the transcript.
        case .sendDigits, .say, .muteParty, .unmuteParty: return nil
        }
    }
}
