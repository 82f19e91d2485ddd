import CCP
import Foundation
import Reports

/// Records the frames the CCP puts on the terminal as an asciicast v2 (`--record OUT.cast`).
///
/// ncurses writes straight to the terminal's descriptor, so its bytes cannot be copied on the way
/// out; instead each frame is written as the terminal text that draws it from the previous one:
/// cursor moves, SGR styles and the changed cells, the same cells ncurses sends. The first frame,
/// and the first after a resize (an `"r"` event), clears the screen and draws every cell. Replayed
/// (asciinema play, or any terminal emulator), the events end on the screen the CCP last showed.
/// Times are wall-clock seconds since the recorder was made (the terminal backend's clock).
public final class CastRecorder {
    private let write: (Data) -> Void
    private let theme: Theme
    private let start = ContinuousClock.now
    private let environment: [String: String]
    private var shown: Screen?

    /// `write` receives the cast, the header first, in order. `theme` gives each role its SGR styles.
    public init(theme: Theme, environment: [String: String], write: @escaping (Data) -> Void) {
        self.theme = theme
        self.write = write
        self.environment = environment.filter { $0.key == "TERM" || $0.key == "SHELL" }
    }

    func record(_ screen: Screen) {
        let seconds = Self.seconds(ContinuousClock.now - start)
        var out = ""
        if shown == nil {
            out += Asciicast.header(width: screen.width, height: screen.height,
                                    timestamp: Int(Date().timeIntervalSince1970), environment: environment)
        } else if let shown, shown.width != screen.width || shown.height != screen.height {
            out += Asciicast.resize(at: seconds, width: screen.width, height: screen.height)
            self.shown = nil
        }
        let text = ansi(screen, since: shown)
        if !text.isEmpty { out += Asciicast.output(at: seconds, text) }
        shown = screen
        if !out.isEmpty { write(Data(out.utf8)) }
    }

    /// The terminal text that turns `old` (nil: an unknown screen) into `screen`.
    func ansi(_ screen: Screen, since old: Screen?) -> String {
        let runs = screen.changes(since: old)
        guard !runs.isEmpty else { return "" }
        var out = old == nil ? "\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J" : ""
        var current: StyleRole?
        for run in runs {
            out += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
            for x in run.x..<(run.x + run.count) {
                let cell = screen[x, run.y]
                if cell.isContinuation { continue }
                if cell.role != current {
                    out += sgr(theme.style(cell.role))
                    current = cell.role
                }
                out += cell.glyph
            }
        }
        return out + "\u{1B}[0m"
    }

    private func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if case .index(let i) = style.fg { codes.append(i < 8 ? "\(30 + i)" : i < 16 ? "\(82 + i)" : "38;5;\(i)") }
        if case .index(let i) = style.bg { codes.append(i < 8 ? "\(40 + i)" : i < 16 ? "\(92 + i)" : "48;5;\(i)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
