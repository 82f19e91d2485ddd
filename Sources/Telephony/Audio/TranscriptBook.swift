/// What every party heard: the one owner of the transcripts, which change only through its methods.
///
/// Transcripts are found by index, not by hashing a party key: an agent's by its number in the engine,
/// a caller's by call id and an external party's by leg id (issue 9: hashing the username in a party key
/// cost more than keeping the line).
struct TranscriptBook {
    /// Where a party's transcript is kept.
    enum Place {
        case agent(Int)
        case customer(CallID)
        case external(LegID)
        /// A username that names no agent of the engine's.
        case unknown(String)
    }

    private let usernames: [String]
    /// By agent number; empty until the agent hears something (a line, once kept, stays until the limit drops older ones).
    private var agents: [[TranscriptLine]]
    private var customers = SerialTable<CallID, [TranscriptLine]>()
    private var externals = SerialTable<LegID, [TranscriptLine]>()
    private var unknown: [String: [TranscriptLine]] = [:]

    /// `usernames` in the order of the engine's agent numbers.
    init(agents usernames: [String]) {
        self.usernames = usernames
        agents = Array(repeating: [], count: usernames.count)
    }

    func of(_ place: Place) -> [TranscriptLine] {
        switch place {
        case .agent(let i): return agents[i]
        case .customer(let id): return customers[id] ?? []
        case .external(let id): return externals[id] ?? []
        case .unknown(let name): return unknown[name] ?? []
        }
    }

    /// Every party that has heard anything so far.
    var parties: [PartyKey] {
        agents.indices.compactMap { agents[$0].isEmpty ? nil : PartyKey.agent(usernames[$0]) }
            + customers.keys.map { PartyKey.customer($0) } + externals.keys.map { PartyKey.external($0) }
            + unknown.keys.map { PartyKey.agent($0) }
    }

    /// Adds a line; with a `limit`, keeps at most that many lines, dropping the oldest a batch at a time (once over
    /// by a quarter), so that a line costs the same however long the transcript is.
    /// The line is moved in, not copied.
    mutating func append(_ line: consuming TranscriptLine, to place: Place, keepingAtMost limit: Int? = nil) {
        switch place {
        case .agent(let i): agents[i].appendKeeping(line, atMost: limit)
        // A closure cannot take the line over: it changes the table's value in place, and copies the line.
        case .customer(let id): customers.update(id, default: Self.callLines()) { $0.appendKeeping(copy line, atMost: limit) }
        case .external(let id): externals.update(id, default: []) { $0.appendKeeping(copy line, atMost: limit) }
        case .unknown(let name): unknown[name, default: []].appendKeeping(line, atMost: limit)
        }
    }

    /// A caller's transcript, with room for what a caller hears on a call with a transfer (the queue's prompts,
    /// the whisper, the transfer announcement), so that its first lines do not grow it again and again.
    private static func callLines() -> [TranscriptLine] {
        var lines: [TranscriptLine] = []
        lines.reserveCapacity(8)
        return lines
    }

    /// A looping prompt folds into the line it repeats when the last `loopLength` lines are the loop itself, so an
    /// hour on hold is a few lines with counts, not thousands. False when there is no such line to fold into.
    mutating func foldLoop(_ place: Place, _ kind: TranscriptLine.Kind, _ text: String, from source: String,
                           loopLength: Int, at now: Millis) -> Bool {
        change(place) { heard in
            guard heard.count >= loopLength, heard.suffix(loopLength).allSatisfy({ $0.source == source }),
                  let i = heard.indices.suffix(loopLength).first(where: { heard[$0].text == text && heard[$0].kind == kind })
            else { return false }
            heard[i].count += 1
            heard[i].lastAt = now
            return true
        } ?? false
    }

    /// Tones keyed one after another (within `window` ms, nothing heard in between) read as one line.
    mutating func extendTones(_ place: Place, _ digits: String, from source: String, at now: Millis, window: Millis) -> Bool {
        change(place) { heard in
            guard let i = heard.indices.last, heard[i].kind == .dtmf, heard[i].source == source,
                  now - heard[i].lastAt <= window else { return false }
            heard[i].text += digits
            heard[i].lastAt = now
            return true
        } ?? false
    }

    mutating func forget(_ place: Place) {
        switch place {
        case .agent(let i): agents[i] = []
        case .customer(let id): customers.removeValue(forKey: id)
        case .external(let id): externals.removeValue(forKey: id)
        case .unknown(let name): unknown[name] = nil
        }
    }

    /// Changes a party's lines where they are kept; nil when it has heard nothing.
    private mutating func change<R>(_ place: Place, _ body: (inout [TranscriptLine]) -> R) -> R? {
        switch place {
        case .agent(let i): return agents[i].isEmpty ? nil : body(&agents[i])
        case .customer(let id): return customers.update(id, body)
        case .external(let id): return externals.update(id, body)
        case .unknown(let name): return unknown[name] == nil ? nil : body(&unknown[name]!)
        }
    }
}

private extension Array where Element == TranscriptLine {
    mutating func appendKeeping(_ line: consuming TranscriptLine, atMost limit: Int?) {
        append(line)
        if let limit, count > limit + Swift.max(1, limit / 4) { removeFirst(count - limit) }
    }
}
