import Telephony
import TextFit

/// A Mermaid `sequenceDiagram` of a run, made from the engine's typed events (issue 12 point 5).
///
/// Pure: events in, text out. Lifelines, declared in the order they first appear: `Connect` (Amazon Connect's
/// routing: queues, offers, records), each caller (`C<call>`, by the calling number; a customer an agent or a
/// callback dialled by the number dialled), each flow by name (`F<n>`), each agent (`A<n>`) and each external
/// party (`X<leg>`); lifelines of one name also carry their call. Messages: calls and their answers, queueing,
/// offers, accepts, rejects and misses, connections (a consult's between the two agents while the caller is on
/// hold), prompts and whispers (drawn from the flow to the party that heard them), holds and resumes of the
/// caller, of external parties and of agents (an arrow from the agent who held, resumed or swapped; a note when
/// the engine held a party itself, as a consult or Leave does), a supervisor's silent monitoring and barge
/// (docs/supervisor.md), joins, leaves, hang-ups, after contact work, clears and completed records.
/// Attribute writes, flow actions, statuses and the Streams contact states are left out: they are the `--events`
/// log's detail, not the story. Contacts are named `contact N` by their serial. Message text is escaped for
/// Mermaid (`#`, `;`, `<`, `>` as `#NN;` entity codes, line breaks as spaces) and cut to `maxText` characters.
public struct SequenceDiagram {
    /// Longest message text, in characters, before it is cut with `…`.
    public var maxText: Int

    public init(maxText: Int = 60) {
        self.maxText = maxText
    }

    private enum Lifeline: Hashable {
        case connect
        case caller(CallID)
        case flow(String)
        case agent(String)
        case external(LegID)
    }

    private enum Step {
        case message(Lifeline, Lifeline, String)
        case note([Lifeline], String)
    }

    /// The diagram's Mermaid text, ending with a newline.
    public func text(_ events: [EngineEvent]) -> String {
        let diagram = model(events)
        var out = "sequenceDiagram\n"
        for participant in diagram.participants {
            out += "    participant \(participant.id) as \(escape(participant.label))\n"
        }
        for step in diagram.steps {
            switch step {
            case .message(let from, let to, let text):
                out += "    \(diagram.participants[from].id)->>\(diagram.participants[to].id): \(escape(text))\n"
            case .note(let over, let text):
                out += "    Note over \(over.map { diagram.participants[$0].id }.joined(separator: ",")): \(escape(text))\n"
            }
        }
        return out
    }

    /// The diagram as an SVG document (`SequenceDiagramSVG`), ending with a newline.
    public func svg(_ events: [EngineEvent]) -> String {
        SequenceDiagramSVG(maxText: maxText).document(model(events))
    }

    /// The sequence the diagram draws, before it is written as Mermaid or SVG: participants in the order they
    /// first appear, then the steps in the order they happened. Text is whole (neither cut nor escaped).
    public func model(_ events: [EngineEvent]) -> SequenceModel {
        var order: [Lifeline] = []
        var seen: Set<Lifeline> = []
        var steps: [Step] = []
        var callOfContact: [ContactID: CallID] = [:]
        var callerNumber: [CallID: String] = [:]
        var externalNumber: [LegID: String] = [:]
        var callOfLeg: [LegID: CallID] = [:]
        var dialled: [ContactID: String] = [:]
        var held: Set<Lifeline> = []
        // An agent's own connection is a leg with no number; the engine connects it just before it reports the
        // agent connected (same instant), which is how a held or resumed agent is drawn as that agent.
        var agentOfLeg: [LegID: String] = [:]
        var justConnected: (leg: LegID, at: Millis)?
        // Hold, resume and swap change states right after the agent's command, at the same instant.
        var lastCommand: (agent: String, verb: String, at: Millis)?
        // The agent whose quick connect made a transfer contact: while the caller is on hold, that contact queues
        // and connects with this agent (a consult, docs §6), not with the caller.
        var consultedBy: [ContactID: String] = [:]

        func use(_ lines: [Lifeline]) {
            for line in lines where seen.insert(line).inserted { order.append(line) }
        }
        func message(_ from: Lifeline, _ to: Lifeline, _ text: String) {
            use([from, to])
            steps.append(.message(from, to, text))
        }
        func note(_ over: Lifeline, _ text: String) {
            use([over])
            steps.append(.note([over], text))
        }
        func caller(_ contact: ContactID) -> Lifeline? { callOfContact[contact].map { .caller($0) } }
        func party(_ key: PartyKey) -> Lifeline {
            switch key {
            case .agent(let name): return .agent(name)
            case .customer(let call): return .caller(call)
            case .external(let leg): return .external(leg)
            }
        }
        func name(_ contact: ContactID) -> String { "contact \(contact.serial)" }

        for event in events {
            switch event.kind {
            case .inboundCall(let call, let from, let to, let contact):
                callOfContact[contact] = call
                callerNumber[call] = from
                message(.caller(call), .connect, "calls \(to)")
            case .contactCreated(let contact, _, let call):
                callOfContact[contact] = call
            case .outboundCall(let contact, let agent, let number):
                dialled[contact] = number
                message(.agent(agent.username), .connect, "dials \(number) (\(name(contact)))")
            case .outboundAnswered(let call):
                message(.caller(call), .connect, "answers")
            case .legDialing(let call, let leg, let number):
                externalNumber[leg] = number
                callOfLeg[leg] = call
                message(.connect, .external(leg), "dials \(number)")
            case .legAnswered(_, let leg):
                message(.external(leg), .connect, "answers")
            case .legFailed(_, let leg, let busy):
                note(.external(leg), busy ? "busy" : "no answer")
            case .legHungUp(_, let leg, let by):
                if let by { message(.agent(by.username), .external(leg), "hangs up") } else { message(.external(leg), .connect, "hangs up") }
            case .connectionStateChanged(let call, let ref, let state):
                let line: Lifeline
                switch ref {
                case .customer: line = .caller(call)
                case .leg(let leg):
                    if externalNumber[leg] != nil {
                        line = .external(leg)
                    } else if let agent = agentOfLeg[leg] {
                        line = .agent(agent)
                    } else {
                        if state == .connected { justConnected = (leg, event.at) }
                        continue
                    }
                }
                let by = lastCommand.flatMap { $0.at == event.at && .agent($0.agent) != line ? $0 : nil }
                if state == .hold, held.insert(line).inserted {
                    switch by?.verb {
                    case "hold": message(.agent(by!.agent), line, "holds")
                    case "swap": message(.agent(by!.agent), line, "holds (swap)")
                    default: note(line, "on hold")
                    }
                } else if state != .hold, held.remove(line) != nil, state == .connected {
                    switch by?.verb {
                    case "resume": message(.agent(by!.agent), line, "resumes")
                    case "swap": message(.agent(by!.agent), line, "resumes (swap)")
                    default: note(line, "off hold")
                    }
                }
            case .command(let agent, let verb):
                lastCommand = (agent.username, verb, event.at)
            case .joined(let call, let agent):
                message(.agent(agent.username), .caller(call), "joins the call")
            case .agentLeft(let agent, let call):
                message(.agent(agent.username), .caller(call), "leaves the call")
            case .customerDisconnected(let call, let reason):
                message(.caller(call), .connect, "disconnected (\(reason.rawValue))")
            case .callEnded(let call, let reason):
                note(.connect, "call \(call) ended (\(reason.rawValue))")
            case .queued(let contact, let queue):
                if let from = caller(contact), !held.contains(from) {
                    message(from, .connect, "queued in \(queue.name)")
                } else {
                    note(.connect, "\(name(contact)) queued in \(queue.name)")
                }
            case .offered(let contact, let agent):
                message(.connect, .agent(agent.username), "offers \(name(contact))")
            case .accepted(let contact, let agent):
                message(.agent(agent.username), .connect, "accepts \(name(contact))")
            case .rejected(let contact, let agent):
                message(.agent(agent.username), .connect, "rejects \(name(contact))")
            case .missed(let contact, let agent, let reason):
                note(.agent(agent.username), "missed \(name(contact)): \(reason.text)")
            case .connected(let contact, let agent):
                if let agent, let leg = justConnected, leg.at == event.at { agentOfLeg[leg.leg] = agent.username }
                justConnected = nil
                if let agent, let from = caller(contact) {
                    if held.contains(from), let by = consultedBy[contact], by != agent.username {
                        use([.agent(by), .agent(agent.username)])
                        steps.append(.note([.agent(by), .agent(agent.username)], "connected (\(name(contact)), the caller on hold)"))
                    } else {
                        use([from, .agent(agent.username)])
                        steps.append(.note([from, .agent(agent.username)], "connected (\(name(contact)))"))
                    }
                }
            case .abandonedInWhisper(let contact, _):
                note(.connect, "\(name(contact)) abandoned in the whisper")
            case .afterContactWork(let contact, let agent):
                note(.agent(agent.username), "after contact work (\(name(contact)))")
            case .afterContactWorkTimedOut(let contact, let agent):
                note(.agent(agent.username), "after contact work timed out (\(name(contact)))")
            case .cleared(let contact, let agent):
                message(.agent(agent.username), .connect, "clears \(name(contact))")
            case .outboundEnded(let contact):
                note(.connect, "\(name(contact)) ended unanswered")
            case .quickConnect(let contact, let agent, let quick, _):
                consultedBy[contact] = agent.username
                message(.agent(agent.username), .connect, "quick connect \(quick) (\(name(contact)))")
            case .transferFailed(let contact, let why):
                note(.connect, "transfer of \(name(contact)) failed: \(why)")
            case .callbackCreated(let contact, let number, let queue):
                dialled[contact] = number
                note(.connect, "callback \(name(contact)) to \(number) in \(queue.name)")
            case .callbackDialing(let contact, let number):
                note(.connect, "callback \(name(contact)) dials \(number)")
            case .callbackRetry(let contact, let left):
                note(.connect, "callback \(name(contact)) retries (\(left) left)")
            case .callbackAbandoned(let contact):
                note(.connect, "callback \(name(contact)) abandoned")
            case .recordCompleted(let contact):
                note(.connect, "record of \(name(contact)) completed")
            case .flowStarted(let run):
                message(.connect, .flow(run.flow), "starts \(run.role.rawValue) (\(name(run.contact)))")
            case .flowEnded(let run, let how):
                message(.flow(run.flow), .connect, how.text)
            case .flowStopped(let run):
                message(.connect, .flow(run.flow), "stops the flow")
            case .flowDisconnected(let run):
                message(.flow(run.flow), .connect, "disconnects \(name(run.contact))")
            case .promptPlayed(let to, let flow, let text, let recording):
                message(.flow(flow), party(to), recording ? "plays recording: \(text)" : "says: \(text)")
            case .whisperPlayed(let to, let flow, let text):
                message(.flow(flow), party(to), "whispers: \(text)")
            case .spoke(let who, let text):
                note(party(who), "says: \(text)")
            case .tones(let who, let digits):
                note(party(who), "presses \(digits)")
            case .supervisorConnection(let call, let supervisor, let agent, _, let mode):
                switch mode {
                case .silentMonitor?: message(.agent(supervisor.username), .agent(agent.username), "monitors silently (call \(call))")
                case .barge?: message(.agent(supervisor.username), .caller(call), "barges in")
                case nil: note(.agent(supervisor.username), "stops monitoring")
                }
            case .agentHungUp(_, let agent, let by):
                message(.agent(by.username), .agent(agent.username), "hangs up (BARGED)")
            case .partyMuted(_, let target, let by, let muted):
                message(.agent(by.username), party(target), muted ? "mutes" : "unmutes")
            case .attributeSet, .contactStateChanged, .statusChanged, .nextStatus, .muted,
                 .flowActionStarted, .flowActionCompleted:
                continue
            }
        }

        var flowIds: [String: Int] = [:]
        var agentIds: [String: Int] = [:]
        func id(_ line: Lifeline) -> String {
            switch line {
            case .connect: return "Connect"
            case .caller(let call): return "C\(call)"
            case .flow(let flow): return "F\(flowIds[flow]!)"
            case .agent(let agent): return "A\(agentIds[agent]!)"
            case .external(let leg): return "X\(leg)"
            }
        }
        var participants: [SequenceModel.Participant] = []
        var index: [Lifeline: Int] = [:]
        for line in order {
            let label: String
            switch line {
            case .connect: label = "Amazon Connect"
            case .caller(let call):
                if let number = callerNumber[call] {
                    label = "Caller \(number)"
                } else if let number = callOfContact.first(where: { $0.value == call }).flatMap({ dialled[$0.key] }) {
                    label = "Customer \(number)"
                } else {
                    label = "Caller (call \(call))"
                }
            case .flow(let flow):
                flowIds[flow] = flowIds.count + 1
                label = "Flow: \(flow)"
            case .agent(let agent):
                agentIds[agent] = agentIds.count + 1
                label = "Agent \(agent)"
            case .external(let leg): label = "External " + (externalNumber[leg] ?? "(leg \(leg))")
            }
            index[line] = participants.count
            participants.append(SequenceModel.Participant(id: id(line), label: label))
        }
        // Two lifelines with one name (the same number calling twice, one number dialled on two calls) read as
        // one: each is told apart by its call, or by its leg when one call dialled the number twice.
        let shared = Dictionary(grouping: participants.indices) { participants[$0].label }.values.filter { $0.count > 1 }
        for group in shared {
            let calls = group.map { i -> CallID? in
                switch order[i] {
                case .caller(let call): return call
                case .external(let leg): return callOfLeg[leg]
                case .connect, .flow, .agent: return nil
                }
            }
            let byCall = Set(calls.compactMap { $0 }).count == group.count
            for (i, call) in zip(group, calls) {
                if byCall, let call {
                    participants[i].label += " (call \(call))"
                } else if case .external(let leg) = order[i] {
                    participants[i].label += " (leg \(leg))"
                }
            }
        }
        return SequenceModel(participants: participants, steps: steps.map { step in
            switch step {
            case .message(let from, let to, let text): return .message(from: index[from]!, to: index[to]!, text: text)
            case .note(let over, let text): return .note(over: over.map { index[$0]! }, text: text)
            }
        })
    }

    /// Text cut to `maxText` columns with `…` after a whole word (`WordWrap.short`), line breaks and tabs as
    /// spaces: one line of a diagram.
    func oneLine(_ text: String) -> String {
        WordWrap.short(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }), limit: maxText)
    }

    /// One line of Mermaid text: line breaks become spaces, text longer than `maxText` is cut with `…`, and
    /// the characters Mermaid reads as syntax are written as its entity codes (`#35;` and so on).
    public func escape(_ text: String) -> String {
        var out = ""
        for c in oneLine(text) {
            switch c {
            case "#": out += "#35;"
            case ";": out += "#59;"
            case "<": out += "#60;"
            case ">": out += "#62;"
            default: out.append(c)
            }
        }
        return out
    }
}
