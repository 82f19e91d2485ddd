import Foundation

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

public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// StyleRole → Style, read from a JSON file in themes/ (see themes/README.md for the format).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: Style]

    public func style(_ role: StyleRole) -> Style { styles[role] ?? Style() }

    /// Strict on purpose: a typo in a role or colour name is an error naming the file and the key,
    /// never a silently unstyled button.
    public static func parse(_ data: Data, source: String) throws(ThemeError) -> Theme {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ThemeError("\(source): not valid JSON (\(error.localizedDescription))")
        }
        guard let object = root as? [String: Any] else {
            throw ThemeError("\(source): expected a JSON object with \"name\" and \"roles\"")
        }
        guard let name = object["name"] as? String else { throw ThemeError("\(source): missing \"name\" (a string)") }
        guard let roles = object["roles"] as? [String: Any] else {
            throw ThemeError("\(source): missing \"roles\" (an object mapping style roles to styles)")
        }
        var styles: [StyleRole: Style] = [:]
        for (key, value) in roles.sorted(by: { $0.key < $1.key }) {
            guard let role = StyleRole(rawValue: key) else {
                throw ThemeError("\(source): \"\(key)\" is not a style role; known roles: "
                    + StyleRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            styles[role] = try parseStyle(value, at: "\(source): role \"\(key)\"")
        }
        let missing = StyleRole.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            throw ThemeError("\(source): no style for " + missing.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return Theme(name: name, styles: styles)
    }

    private static let attributeNames = ["bold", "reverse", "underline", "dim"]

    private static func parseStyle(_ value: Any, at place: String) throws(ThemeError) -> Style {
        guard let fields = value as? [String: Any] else {
            throw ThemeError("\(place): expected an object like {\"fg\": \"green\", \"attrs\": [\"bold\"]}")
        }
        for key in fields.keys where !["fg", "bg", "attrs"].contains(key) {
            throw ThemeError("\(place): unknown key \"\(key)\" (use fg, bg, attrs)")
        }
        var style = Style()
        for (key, path) in [("fg", \Style.fg), ("bg", \Style.bg)] {
            guard let raw = fields[key] else { continue }
            let text = (raw as? String) ?? (raw as? Int).map(String.init) ?? ""
            guard let color = ThemeColor(name: text) else {
                throw ThemeError("\(place): unknown colour \(raw) for \(key); use default, "
                    + ThemeColor.names.joined(separator: ", ") + " or 0-255")
            }
            style[keyPath: path] = color
        }
        if let raw = fields["attrs"] {
            guard let attrs = raw as? [String] else { throw ThemeError("\(place): attrs must be a list of strings") }
            for attr in attrs {
                switch attr {
                case "bold": style.bold = true
                case "reverse": style.reverse = true
                case "underline": style.underline = true
                case "dim": style.dim = true
                default:
                    throw ThemeError("\(place): unknown attribute \"\(attr)\"; use "
                        + attributeNames.joined(separator: ", "))
                }
            }
        }
        return style
    }
}
