/// What each party heard, appended as it happens.
extension Engine {
    public func transcript(of party: PartyKey) -> [TranscriptLine] { transcripts.of(place(of: party)) }

    /// Every party that has heard anything so far (for a script's `mark`).
    public var partiesHeard: [PartyKey] { transcripts.parties }

    /// Where the book keeps a party's transcript: an agent's by its number, found without hashing the
    /// username when the same agent hears again (`agentNumber`).
    func place(of party: PartyKey) -> TranscriptBook.Place {
        switch party {
        case .agent(let u): return agentNumber(u).map { .agent($0) } ?? .unknown(u)
        case .customer(let id): return .customer(id)
        case .external(let id): return .external(id)
        }
    }

    func hear(_ party: PartyKey, _ kind: TranscriptLine.Kind, _ text: String, from source: String) {
        hear(party, kind, .text(text), from: source)
    }

    func hear(_ party: PartyKey, _ kind: TranscriptLine.Kind, _ words: TranscriptLine.Words, from source: String) {
        hear(at: place(of: party), kind, words, from: source)
    }

    func hear(at place: TranscriptBook.Place, _ kind: TranscriptLine.Kind, _ words: TranscriptLine.Words,
              from source: String) {
        transcripts.append(TranscriptLine(at: now, kind: kind, words: words, source: source), to: place,
                           keepingAtMost: retention.transcriptLines)
    }

    /// A looping prompt folds into the line it repeats when the last `loopLength` lines are the
    /// loop itself, so an hour on hold is a few lines with counts, not thousands.
    func hearLoop(at place: TranscriptBook.Place, _ kind: TranscriptLine.Kind, _ text: String, from source: String,
                  loopLength: Int) {
        if transcripts.foldLoop(place, kind, text, from: source, loopLength: loopLength, at: now) { return }
        hear(at: place, kind, .text(text), from: source)
    }

    /// Speech and tones: every party who hears the speaker gets the line.
    func speak(_ speaker: PartyKey, _ kind: TranscriptLine.Kind, _ text: String) {
        let name = label(of: speaker)
        for listener in hearers(of: speaker) { hear(listener, kind, text, from: name) }
        emit(kind == .dtmf ? .tones(party: speaker, digits: text) : .spoke(party: speaker, text: text))
    }

    /// A line the phone shows the agents on a call: a party joined, hung up, did not answer. Its words are
    /// gathered only when some agent hears it: often no other agent is on the call.
    func notifyAgents(on callId: CallID, _ words: @autoclosure () -> TranscriptLine.Words, except subject: String? = nil) {
        guard let call = calls[callId] else { return }
        var heard: TranscriptLine.Words?
        // The legs are read in place, field by field: reading one through a copy of the list copied each leg.
        for i in call.legs.indices where call.legs[i].state.isActive {
            if case .agent(let u) = call.legs[i].party, u != subject, let c = call.legs[i].contactId,
               let at = agentWorking(on: c, named: u) {
                let line = heard ?? words()
                heard = line
                hear(at: .agent(at), .system, line, from: "CCP")
            }
        }
    }
}
