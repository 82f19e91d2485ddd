import ArgumentParser
import CCP
import Foundation

/// `--theme` and `--speed`: how a CCP on the terminal looks and how fast its virtual time runs
/// (`run`, `demo`, `learn`).
struct ScreenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Theme name (\(ThemeLibrary.builtinNames.joined(separator: ", "))) or a theme file path (default: $TERMCCP_THEME, else default).",
                                valueName: "name-or-file"))
    var theme: String?

    // Unconditional, so `--speed -1` reaches validate() and is told the range, not "missing value".
    @Option(parsing: .unconditional, help: ArgumentHelp("Speed of virtual time relative to the wall clock (0.1 to 100).", valueName: "factor"))
    var speed: Double = 1

    func validate() throws {
        guard speed >= 0.1, speed <= 100 else { throw ValidationError("--speed must be from 0.1 to 100, found \(speed)") }
    }

    /// The theme asked for (TERMCCP_THEME or the default without one); a bad one is reported and
    /// exits with status 2.
    func resolvedTheme() throws -> Theme {
        do {
            return try ThemeLibrary.resolve(theme, environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
    }
}
