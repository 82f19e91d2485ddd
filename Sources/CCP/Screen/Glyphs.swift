/// The non-ASCII symbols the CCP draws, with an ASCII set for terminals whose locale is not UTF-8
/// (the Terminal picks `.ascii` when nl_langinfo(CODESET) is not UTF-8).
public struct Glyphs: Sendable, Equatable {
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var horizontal: String
    public var vertical: String
    public var bullet: String
    public var ellipsis: String
    public var times: String
    public var dropdown: String
    public var pointer: String
    public var paused: String
    public var running: String
    public var arrow: String
    public var separator: String

    public static let unicode = Glyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        bullet: "●", ellipsis: "…", times: "×", dropdown: "▾", pointer: "›", paused: "‖", running: "▶",
        arrow: "→", separator: "·")

    public static let ascii = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        bullet: "*", ellipsis: "~", times: "x", dropdown: "v", pointer: ">", paused: "||", running: ">",
        arrow: "->", separator: "-")
}
