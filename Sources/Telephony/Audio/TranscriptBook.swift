/// What every party heard: the one owner of the transcripts, which change only through its methods.
struct TranscriptBook {
    private var lines: [PartyKey: [TranscriptLine]] = [:]

    func of(_ party: PartyKey) -> [TranscriptLine] { lines[party] ?? [] }

    /// Every party that has heard anything so far.
    var parties: [PartyKey] { Array(lines.keys) }

    /// Adds a line; with a `limit`, keeps at most that many lines, dropping the oldest a batch at a time (once over
    /// by a quarter), so that a line costs the same however long the transcript is. One lookup of the party.
    mutating func append(_ line: TranscriptLine, to party: PartyKey, keepingAtMost limit: Int? = nil) {
        lines[party, default: []].appendKeeping(line, atMost: limit)
    }

    /// A looping prompt folds into the line it repeats when the last `loopLength` lines are the loop itself, so an
    /// hour on hold is a few lines with counts, not thousands. False when there is no such line to fold into.
    mutating func foldLoop(_ party: PartyKey, _ kind: TranscriptLine.Kind, _ text: String, from source: String,
                           loopLength: Int, at now: Millis) -> Bool {
        guard let heard = lines[party], heard.count >= loopLength,
              heard.suffix(loopLength).allSatisfy({ $0.source == source }),
              let i = heard.indices.suffix(loopLength).first(where: { heard[$0].text == text && heard[$0].kind == kind })
        else { return false }
        lines[party]![i].count += 1
        lines[party]![i].lastAt = now
        return true
    }

    /// Tones keyed one after another (within `window` ms, nothing heard in between) read as one line.
    mutating func extendTones(_ party: PartyKey, _ digits: String, from source: String, at now: Millis, window: Millis) -> Bool {
        guard let i = lines[party]?.indices.last, let last = lines[party]?[i], last.kind == .dtmf,
              last.source == source, now - last.lastAt <= window else { return false }
        lines[party]![i].text += digits
        lines[party]![i].lastAt = now
        return true
    }

    mutating func forget(_ party: PartyKey) { lines[party] = nil }
}

private extension Array where Element == TranscriptLine {
    mutating func appendKeeping(_ line: TranscriptLine, atMost limit: Int?) {
        append(line)
        if let limit, count > limit + Swift.max(1, limit / 4) { removeFirst(count - limit) }
    }
}
