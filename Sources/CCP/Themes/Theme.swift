import Flows
import Foundation
import TextFit

/// A colour as a theme file names it: the terminal's own default, one of the 16 ANSI colours, or a
/// 256-colour index. Backends with fewer colours fold indices down.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case index(Int)

    static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    init?(name: String) {
        let n = name.lowercased()
        if n == "default" {
            self = .terminalDefault
        } else if let i = Self.names.firstIndex(of: n) {
            self = .index(i)
        } else if let i = Int(n), (0...255).contains(i) {
            self = .index(i)
        } else {
            return nil
        }
    }
}

public struct Style: Equatable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}

/// What is wrong with a theme and where: `file:line:column: message`, the shape flow and scenario
/// problems have, so editors can jump to it.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// 1-based, for JSON syntax errors.
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

/// StyleRole → Style, read from a JSON file in themes/ (see themes/README.md for the format).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: Style]

    public func style(_ role: StyleRole) -> Style { styles[role] ?? Style() }

    /// Strict on purpose: a typo in a role or colour name is an error naming the file, the line and
    /// the key, never a silently unstyled button. `source` names the file in messages.
    public static func parse(_ data: Data, source: String) throws(ThemeError) -> Theme {
        let root: JSONValue, lines: [String: Int]
        do {
            (root, lines) = try JSONText.parse([UInt8](data), depth: 3)
        } catch {
            throw ThemeError(file: source, line: error.line, column: error.column, "malformed JSON: \(error.message)")
        }
        func fail(_ path: String, _ message: String) -> ThemeError {
            ThemeError(file: source, line: lines[path] ?? lines["$"], message)
        }
        guard case .object(let object, _) = root else {
            throw fail("$", "expected a JSON object with \"name\" and \"roles\"")
        }
        guard case .string(let name)? = object["name"] else { throw fail("$", "missing \"name\" (a string)") }
        guard case .object(let roles, let order)? = object["roles"] else {
            throw fail("$.roles", "missing \"roles\" (an object mapping style roles to styles)")
        }
        var styles: [StyleRole: Style] = [:]
        for key in order {
            let path = "$.roles.\(key)"
            guard let role = StyleRole(rawValue: key) else {
                throw fail(path, "\"\(shortened(key))\" is not a style role; known roles: "
                    + StyleRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            styles[role] = try parseStyle(roles[key] ?? .null, role: key, path: path, fail: fail)
        }
        let missing = StyleRole.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            throw fail("$.roles", "no style for " + missing.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return Theme(name: name, styles: styles)
    }

    private static let attributeNames = ["bold", "reverse", "underline", "dim"]

    private static func parseStyle(_ value: JSONValue, role: String, path: String,
                                   fail: (String, String) -> ThemeError) throws(ThemeError) -> Style {
        let place = "role \"\(role)\""
        guard case .object(let fields, let order) = value else {
            throw fail(path, "\(place): expected an object like {\"fg\": \"green\", \"attrs\": [\"bold\"]}")
        }
        for key in order where !["fg", "bg", "attrs"].contains(key) {
            throw fail("\(path).\(key)", "\(place): unknown key \"\(shortened(key))\" (use fg, bg, attrs)")
        }
        var style = Style()
        for (key, keyPath) in [("fg", \Style.fg), ("bg", \Style.bg)] {
            guard let raw = fields[key] else { continue }
            guard let color = color(raw) else {
                throw fail("\(path).\(key)", "\(place): unknown colour \(describe(raw)) for \(key); use default, "
                    + ThemeColor.names.joined(separator: ", ") + " or a whole number from 0 to 255")
            }
            style[keyPath: keyPath] = color
        }
        if let raw = fields["attrs"] {
            guard case .array(let items) = raw else { throw fail("\(path).attrs", "\(place): attrs must be a list of strings") }
            for item in items {
                guard case .string(let attr) = item else {
                    throw fail("\(path).attrs", "\(place): attrs must be a list of strings, found \(describe(item))")
                }
                switch attr {
                case "bold": style.bold = true
                case "reverse": style.reverse = true
                case "underline": style.underline = true
                case "dim": style.dim = true
                default:
                    throw fail("\(path).attrs", "\(place): unknown attribute \"\(shortened(attr))\"; use "
                        + attributeNames.joined(separator: ", "))
                }
            }
        }
        return style
    }

    /// A colour name, or a 256-colour index written as a number or as text; a fraction, a number
    /// past 255 or below 0 (however large) is no colour.
    private static func color(_ value: JSONValue) -> ThemeColor? {
        switch value {
        case .string(let text): return ThemeColor(name: text)
        case .number(let n): return n.rounded() == n && (0...255).contains(n) ? .index(Int(n)) : nil
        default: return nil
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return "\"\(shortened(text))\""
        case .number, .bool: return shortened(value.scalarText ?? "")
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// A megabyte name in a hostile file is cut in the message, after a whole word where there is one.
    static func shortened(_ text: String) -> String {
        WordWrap.fit(text, width: 40, ellipsis: "…")
    }
}
