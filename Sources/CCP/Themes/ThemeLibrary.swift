import Flows
import Foundation

/// Where themes come from. The four shipped themes are compiled into the binary (BuiltinThemes.swift,
/// kept identical to themes/*.json by a test), so an installed or freshly cloned binary needs no
/// files at run time; a theme given as a path (contains "/" or ends in ".json") is read from disk.
public enum ThemeLibrary {
    public static var builtinNames: [String] { builtinFiles.map(\.name) }

    /// The environment variable that names a theme when `--theme` is not given: a user's standing choice, as a
    /// `--theme` value would be (a built-in name or a path).
    public static let environmentVariable = "TERMCCP_THEME"

    /// `--theme NAME|PATH`; without one, a non-empty `TERMCCP_THEME`; without either, NO_COLOR (any non-empty
    /// value) picks monochrome. A theme the user names wins over NO_COLOR, which no-color.org asks of user-level
    /// configuration. Throws `ThemeError` naming `--theme` or `TERMCCP_THEME` for a name that is no theme.
    public static func resolve(_ requested: String?, environment: [String: String]) throws(ThemeError) -> Theme {
        if let requested { return try load(requested) }
        if let chosen = environment[environmentVariable], !chosen.isEmpty { return try load(chosen, from: environmentVariable) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return try load("monochrome") }
        return try load("default")
    }

    /// `from` is where the name came from (`--theme` or `TERMCCP_THEME`), said when it names no theme.
    public static func load(_ nameOrPath: String, from option: String = "--theme") throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            switch TextFile.read(nameOrPath) {
            case .success(let text): return try Theme.parse(Data(text.utf8), source: nameOrPath)
            case .failure(let failure):
                throw ThemeError(file: nameOrPath, line: failure.line, "\(failure) — \(failure.fix)")
            }
        }
        guard let entry = builtinFiles.first(where: { $0.name == nameOrPath }) else {
            throw ThemeError(file: option, "unknown theme \"\(Theme.shortened(nameOrPath))\"; built-in themes: "
                + builtinNames.joined(separator: ", ") + ", or give a path to a .json theme file")
        }
        return try Theme.parse(Data(entry.json.utf8), source: "themes/\(entry.name).json")
    }
}
