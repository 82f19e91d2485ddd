import Telephony

/// Text with `$.Path.To.Value` references inside ("Your order is $.Attributes.order"), split into
/// literal runs and paths when a flow is compiled, so that playing it costs only the lookups
/// (docs §3.1 parameter restrictions).
struct TextTemplate: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case literal(String)
        case reference(AttributePath)
    }

    let pieces: [Piece]

    init(_ text: String) {
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "$", i + 1 < scalars.count, scalars[i + 1] == "." {
                var j = i + 2
                while j < scalars.count, Self.isPathCharacter(scalars[j]) { j += 1 }
                // A sentence's full stop is not part of the path.
                while j > i + 2, scalars[j - 1] == "." { j -= 1 }
                if j > i + 2 {
                    if !literal.isEmpty { pieces.append(.literal(String(literal))); literal = .init() }
                    var path = String.UnicodeScalarView()
                    path.append(contentsOf: scalars[i..<j])
                    pieces.append(.reference(AttributePath(String(path))))
                    i = j
                    continue
                }
            }
            literal.append(scalars[i])
            i += 1
        }
        if !literal.isEmpty { pieces.append(.literal(String(literal))) }
        self.pieces = pieces
    }

    /// The text itself when it holds no reference: the same every time it plays.
    var fixedText: String? {
        switch pieces.count {
        case 0: return ""
        case 1: if case .literal(let text) = pieces[0] { return text }
        default: break
        }
        return nil
    }

    /// Unresolved references read as nothing, as text-to-speech does with an empty attribute.
    func render(host: any FlowHost) -> String {
        if pieces.count == 1, case .reference(let path) = pieces[0] { return host.value(of: path) ?? "" }
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): out += text
            case .reference(let path): out += host.value(of: path) ?? ""
            }
        }
        return out
    }

    private static func isPathCharacter(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "." || c == "-" || c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
