import CCP
import CNcurses

/// A theme turned into ncurses colour pairs and attributes, one pair per style role. Colours the
/// terminal lacks are folded to the nearest of the eight basic ones; a terminal with no colours
/// uses the monochrome theme, so focus and state still show by bold and reverse.
struct Palette {
    private var attributes: [StyleRole: attr_t] = [:]
    private var pairs: [StyleRole: Int16] = [:]

    init(theme: Theme, monochrome: Theme, hasColors: Bool, colors: Int, colorPairs: Int, defaultColors: Bool) {
        let usable = Self.usesColors(hasColors: hasColors, colorPairs: colorPairs)
        for (i, role) in StyleRole.allCases.enumerated() {
            let style = usable ? theme.style(role) : monochrome.style(role)
            var attr = shim_a_normal()
            if style.bold { attr |= shim_a_bold() }
            if style.reverse { attr |= shim_a_reverse() }
            if style.underline { attr |= shim_a_underline() }
            if style.dim { attr |= shim_a_dim() }
            attributes[role] = attr
            guard usable else { continue }
            let pair = Int16(i + 1)
            let fg = Self.color(style.fg, colors: colors, fallback: defaultColors ? -1 : Int16(COLOR_WHITE))
            let bg = Self.color(style.bg, colors: colors, fallback: defaultColors ? -1 : Int16(COLOR_BLACK))
            if init_pair(pair, fg, bg) == OK { pairs[role] = pair }
        }
    }

    /// Whether the theme's colours are shown: one colour pair per role must fit.
    static func usesColors(hasColors: Bool, colorPairs: Int) -> Bool {
        hasColors && colorPairs > StyleRole.allCases.count
    }

    func attr(_ role: StyleRole) -> attr_t { attributes[role] ?? shim_a_normal() }
    func pair(_ role: StyleRole) -> Int16 { pairs[role] ?? 0 }

    static func color(_ color: ThemeColor, colors: Int, fallback: Int16) -> Int16 {
        guard case .index(let i) = color else { return fallback }
        if i < colors { return Int16(i) }
        // Bright black (the usual hint grey) folded to black would vanish on a dark background.
        if i == 8 { return fallback }
        if i < 16 { return Int16(i - 8) }
        if i >= 232 { return i >= 244 ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK) }
        // The 6×6×6 cube: each channel on or off at its midpoint gives one of the eight ANSI colours.
        let c = i - 16
        let r = c / 36 >= 3 ? 1 : 0, g = (c / 6) % 6 >= 3 ? 1 : 0, b = c % 6 >= 3 ? 1 : 0
        return Int16(r | g << 1 | b << 2)
    }
}
