import CCP
import Foundation
import Testing

@Suite struct ThemeTests {
    static let names = ["default", "light", "high-contrast", "monochrome"]

    @Test(arguments: names)
    func shippedThemeParsesAndStylesEveryRole(_ name: String) throws {
        let theme = try ThemeLibrary.load(name)
        #expect(theme.name == name)
        for role in StyleRole.allCases { #expect(theme.styles[role] != nil, "\(name) lacks \(role.rawValue)") }
        let file = Golden.repoRoot.appendingPathComponent("themes/\(name).json").path
        #expect(try ThemeLibrary.load(file) == theme)
    }

    @Test func monochromeUsesNoColour() throws {
        let theme = try ThemeLibrary.load("monochrome")
        for (role, style) in theme.styles {
            #expect(style.fg == .terminalDefault && style.bg == .terminalDefault, "\(role.rawValue)")
        }
        #expect(theme.style(.buttonFocused).reverse)
        #expect(theme.style(.listSelected).reverse)
    }

    @Test func noColorPicksMonochromeUnlessAThemeIsAsked() throws {
        #expect(try ThemeLibrary.resolve(nil, environment: ["NO_COLOR": "1"]).name == "monochrome")
        #expect(try ThemeLibrary.resolve(nil, environment: [:]).name == "default")
        #expect(try ThemeLibrary.resolve("light", environment: ["NO_COLOR": "1"]).name == "light")
    }

    @Test func badThemesFailClearly() {
        func error(_ json: String) -> String {
            do {
                _ = try Theme.parse(Data(json.utf8), source: "my.json")
                return "parsed"
            } catch {
                return error.message
            }
        }
        #expect(error("{") .hasPrefix("my.json: not valid JSON"))
        #expect(error(#"{"name": "x", "roles": {"buton.enabled": {}}}"#).hasPrefix(#"my.json: "buton.enabled" is not a style role"#))
        #expect(error(#"{"name": "x", "roles": {"text": {"fg": "purple"}}}"#).hasPrefix(#"my.json: role "text": unknown colour purple"#))
        #expect(error(#"{"name": "x", "roles": {"text": {"attrs": ["blink"]}}}"#).hasPrefix(#"my.json: role "text": unknown attribute "blink""#))
        #expect(error(#"{"name": "x", "roles": {"text": {}}}"#).hasPrefix(#"my.json: no style for "header""#))
        #expect(throws: ThemeError.self) { try ThemeLibrary.load("nosuch") }
        #expect(throws: ThemeError.self) { try ThemeLibrary.load("/nonexistent/theme.json") }
    }

    /// The compiled-in copies must be the files users read and edit.
    @Test func builtinCopiesMatchThemeFiles() throws {
        var swift = """
            // Copies of themes/*.json compiled into the binary. Do not edit: ThemeLibraryTests fails when they
            // differ from the files and rewrites this file when CCP_UPDATE_GOLDEN=1.

            extension ThemeLibrary {
                static let builtinFiles: [(name: String, json: String)] = [

            """
        for name in Self.names {
            let text = try String(contentsOf: Golden.repoRoot.appendingPathComponent("themes/\(name).json"), encoding: .utf8)
            swift += "        (\"\(name)\", #\"\"\"\n" + text.trimmingCharacters(in: .newlines) + "\n\"\"\"#),\n"
        }
        swift += "    ]\n}\n"
        Golden.checkFile(swift, at: Golden.repoRoot.appendingPathComponent("Sources/CCP/Themes/BuiltinThemes.swift"))
    }
}
