import ArgumentParser
import CCP
import Flows
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

    /// The theme asked for (`--theme`, else TERMCCP_THEME, else the default, ThemeLibrary.resolve); a bad one is
    /// reported, naming where it came from, and exits with status 2.
    func resolvedTheme() throws -> Theme {
        let environment = ProcessInfo.processInfo.environment
        if let theme, let problem = Self.notATheme(theme, given: "--theme") {
            Console.error(problem.description)
            throw ExitCode(Exit.badInput)
        }
        let variable = ThemeLibrary.environmentVariable
        if theme == nil, let chosen = environment[variable], !chosen.isEmpty, let problem = Self.notATheme(chosen, given: variable) {
            Console.error("\(variable): \(problem.description)")
            throw ExitCode(Exit.badInput)
        }
        do {
            return try ThemeLibrary.resolve(theme, environment: environment)
        } catch {
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
    }

    /// `--theme` given a file of another kind, or a name that is an output's (`x.mmd`, which would otherwise be
    /// looked up as a built-in theme's name), said as for every input option (FileKindMismatch).
    static func notATheme(_ theme: String, given option: String) -> Problem? {
        if FileManager.default.fileExists(atPath: theme) { return FileKindMismatch.problem(theme, expected: .theme) }
        guard let kind = OutputKind.named(theme) else { return nil }
        return Problem(file: theme, message: "this is the name of \(kind.name), not \(FileKind.theme.name)",
                       fix: "give \(option) a built-in theme's name (\(ThemeLibrary.builtinNames.joined(separator: ", "))) or a .json theme file")
    }
}
