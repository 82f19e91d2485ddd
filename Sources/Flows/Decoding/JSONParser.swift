/// A JSON syntax error, positioned for a `file:line:column` message.
struct JSONSyntaxError: Error, Equatable {
    var line: Int
    var column: Int
    var message: String
}

/// A JSON (RFC 8259) parser over UTF-8 bytes, strict except that a backslash before a punctuation character JSON does
/// not define as an escape (`\'`, `\$`) stands for that character, as lenient JSON readers take it: Amazon Connect
/// accepts `\'` in exported Content (issue 14 point 12).
///
/// Written here rather than using JSONSerialization because the loader needs what Foundation does not give:
/// object keys in document order, the line of each action for messages, and a nesting limit so that hostile
/// input ends in a problem report instead of a stack overflow.
struct JSONParser {
    /// Far deeper than any flow export (about 8 levels), shallow enough for the recursion to be safe.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// Lines of values whose path is at most `recordedDepth` steps deep, e.g. "$.Actions[3]".
    private(set) var lines: [String: Int] = [:]
    private let recordedDepth: Int

    init(bytes: [UInt8], recordedDepth: Int = 2) {
        self.bytes = bytes
        self.recordedDepth = recordedDepth
    }

    /// Parses one JSON text; `lines` then holds the line of every value up to `recordedDepth`.
    mutating func parse() throws(JSONSyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3 }
        skipWhitespace()
        let value = try parseValue(depth: 0, path: "$")
        skipWhitespace()
        if position < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the JSON value") }
        return value
    }

    private mutating func parseValue(depth: Int, path: String?) throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else { throw error("unexpected end of file where a value was expected") }
        if let path { lines[path] = line }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth, path: path)
        case UInt8(ascii: "["): return try parseArray(depth: depth, path: path)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent()) where a value was expected")
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private func childPath(_ path: String?, depth: Int, _ suffix: @autoclosure () -> String) -> String? {
        guard let path, depth < recordedDepth else { return nil }
        return path + suffix()
    }

    private mutating func parseObject(depth: Int, path: String?) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        position += 1
        var members: [String: JSONValue] = [:]
        var order: [String] = []
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; return .object(members, order: order) }
        while true {
            guard peek(UInt8(ascii: "\"")) else {
                throw error("expected a quoted member name, found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after member name \"\(key)\"") }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1, path: childPath(path, depth: depth, ".\(key)"))
            if members.updateValue(value, forKey: key) == nil { order.append(key) }
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of file inside an object (missing '}')") }
            if peek(UInt8(ascii: ",")) { position += 1; skipWhitespace(); continue }
            if peek(UInt8(ascii: "}")) { position += 1; return .object(members, order: order) }
            throw error("expected ',' or '}' after member \"\(key)\", found \(describeCurrent())")
        }
    }

    private mutating func parseArray(depth: Int, path: String?) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { position += 1; return .array(items) }
        while true {
            let index = items.count
            items.append(try parseValue(depth: depth + 1, path: childPath(path, depth: depth, "[\(index)]")))
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of file inside an array (missing ']')") }
            if peek(UInt8(ascii: ",")) { position += 1; skipWhitespace(); continue }
            if peek(UInt8(ascii: "]")) { position += 1; return .array(items) }
            throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1
        // Most strings in an export have no escapes: take them straight from the bytes.
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: bytes[start..<position - 1], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        var utf8 = Array(bytes[start..<position])
        while true {
            guard position < bytes.count else { throw error("unexpected end of file inside a string (missing '\"')") }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &utf8)
            case 0x00..<0x20:
                throw error("control character U+\(hex(byte)) inside a string (write it as an escape such as \\n)")
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        guard position < bytes.count else { throw error("unexpected end of file inside a string escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800..<0xDC00).contains(scalar),
               position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                position += 2
                let low = try parseHex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    append(Self.replacement, to: &utf8)
                    scalar = low
                }
            }
            append(Unicode.Scalar(scalar) ?? Self.replacement, to: &utf8)
        case 0x21..<0x7F where !Self.isAlphanumeric(byte):
            // Amazon Connect accepts exports whose Content escapes characters JSON does not need escaped, such as
            // \' (issue 14 point 12); the character stands for itself, as in lenient JSON readers.
            utf8.append(byte)
        default:
            position -= 1
            throw error("invalid escape \\\(describeCurrent()) inside a string")
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Lone surrogates cannot be represented in a Swift string; like Foundation, keep the text and mark the spot.
    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    private func append(_ scalar: Unicode.Scalar, to utf8: inout [UInt8]) {
        utf8.append(contentsOf: String(Character(scalar)).utf8)
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = hexValue(bytes[position]) else {
                throw error("\\u must be followed by four hexadecimal digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        guard skipDigits() > 0 else { throw error("a number needs digits after '-'") }
        if peek(UInt8(ascii: ".")) {
            position += 1
            guard skipDigits() > 0 else { throw error("a number needs digits after '.'") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard skipDigits() > 0 else { throw error("a number needs digits in its exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let number = Double(text) else { throw error("number \(text) is out of range") }
        return .number(number)
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        let expected = Array(literal.utf8)
        guard bytes[position...].starts(with: expected) else {
            throw error("unexpected \(describeCurrent()) where a value was expected")
        }
        position += expected.count
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): position += 1
            // LF, CRLF and CR each end a line, so files saved on any system get the same line numbers.
            case UInt8(ascii: "\r"):
                position += 1
                if !peek(UInt8(ascii: "\n")) { line += 1; lineStart = position }
            case UInt8(ascii: "\n"): position += 1; line += 1; lineStart = position
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    private func describeCurrent() -> String {
        guard position < bytes.count else { return "end of file" }
        let byte = bytes[position]
        if (0x21..<0x7F).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// Columns count characters, not bytes, so that they match what an editor shows.
    private func error(_ message: String) -> JSONSyntaxError {
        let upTo = min(position, bytes.count)
        let column = String(decoding: bytes[min(lineStart, upTo)..<upTo], as: UTF8.self).count + 1
        return JSONSyntaxError(line: line, column: column, message: message)
    }
}
