import Foundation

/// How a declared bot hears the caller: an intent whose name is said, or whose sample utterance is contained in what
/// was said. A sample may hold slots as Lex writes them, `{SlotName}`: the literal parts must appear in order, and each
/// slot takes the words between them (a slot at the end takes the rest, without trailing punctuation).
extension LexBotConfig {
    struct Match: Equatable {
        var intent: String
        var slots: [String: String]
    }

    func match(_ utterance: String) -> Match? {
        let said = utterance.lowercased()
        if let exact = intents.first(where: { $0.name.lowercased() == said }) { return Match(intent: exact.name, slots: [:]) }
        for intent in intents {
            for sample in intent.utterances {
                if let slots = Self.slots(of: sample, in: utterance) { return Match(intent: intent.name, slots: slots) }
            }
        }
        return nil
    }

    /// nil when the sample does not match; the slot values, with the caller's own capitalisation, when it does.
    static func slots(of sample: String, in utterance: String) -> [String: String]? {
        let pieces = parse(sample)
        var slots: [String: String] = [:]
        var cursor = utterance.startIndex
        var pendingSlot: String?
        for piece in pieces {
            switch piece {
            case .slot(let name):
                pendingSlot = name
            case .literal(let text):
                guard let found = utterance.range(of: text, options: .caseInsensitive, range: cursor..<utterance.endIndex)
                else { return nil }
                if let slot = pendingSlot {
                    slots[slot] = clean(String(utterance[cursor..<found.lowerBound]))
                    pendingSlot = nil
                }
                cursor = found.upperBound
            }
        }
        if let slot = pendingSlot { slots[slot] = clean(String(utterance[cursor...])) }
        if slots.values.contains(where: \.isEmpty) { return nil }
        return slots
    }

    private enum Piece: Equatable {
        case literal(String)
        case slot(String)
    }

    private static func parse(_ sample: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(sample)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let literal = rest[..<open].trimmingSpaces
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            pieces.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        let tail = rest.trimmingSpaces
        if !tail.isEmpty { pieces.append(.literal(tail)) }
        return pieces
    }

    private static func clean(_ text: String) -> String {
        var s = Substring(text).trimmingSpaces
        while let last = s.last, ".,!?;:".contains(last) { s = String(s.dropLast()) }
        return s
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

private extension String {
    var trimmingSpaces: String { Substring(self).trimmingSpaces }
}
