import Flows
import Foundation

/// Where themes come from. The four shipped themes are compiled into the binary (BuiltinThemes.swift,
/// kept identical to themes/*.json by a test), so an installed or freshly cloned binary needs no
/// files at run time; a theme given as a path (contains "/" or ends in ".json") is read from disk.
public enum ThemeLibrary {
    public static var builtinNames: [String] { builtinFiles.map(\.name) }

    /// `--theme NAME|PATH`; without one, NO_COLOR (any non-empty value, no-color.org) picks monochrome.
    public static func resolve(_ requested: String?, environment: [String: String]) throws(ThemeError) -> Theme {
        if let requested { return try load(requested) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return try load("monochrome") }
        return try load("default")
    }

    public static func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            switch TextFile.read(nameOrPath) {
            case .success(let text): return try Theme.parse(Data(text.utf8), source: nameOrPath)
            case .failure(let failure):
                throw ThemeError(file: nameOrPath, line: failure.line, "\(failure) — \(failure.fix)")
            }
        }
        guard let entry = builtinFiles.first(where: { $0.name == nameOrPath }) else {
            throw ThemeError(file: "--theme", "unknown theme \"\(Theme.shortened(nameOrPath))\"; built-in themes: "
                + builtinNames.joined(separator: ", ") + ", or give a path to a .json theme file")
        }
        return try Theme.parse(Data(entry.json.utf8), source: "themes/\(entry.name).json")
    }
}
