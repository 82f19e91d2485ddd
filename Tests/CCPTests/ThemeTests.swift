import CCP
import Foundation
import Testing
import TextFit

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

    /// `--theme`'s help names TERMCCP_THEME as the default; it was read nowhere. A user's named theme wins over
    /// NO_COLOR (no-color.org: user-level configuration overrides it), `--theme` over both, and an empty one is unset.
    @Test func termccpThemeNamesTheThemeWhenTheOptionIsNotGiven() throws {
        #expect(try ThemeLibrary.resolve(nil, environment: ["TERMCCP_THEME": "light"]).name == "light")
        #expect(try ThemeLibrary.resolve(nil, environment: ["TERMCCP_THEME": "light", "NO_COLOR": "1"]).name == "light")
        #expect(try ThemeLibrary.resolve("high-contrast", environment: ["TERMCCP_THEME": "light"]).name == "high-contrast")
        #expect(try ThemeLibrary.resolve(nil, environment: ["TERMCCP_THEME": ""]).name == "default")
        #expect(try ThemeLibrary.resolve(nil, environment: ["TERMCCP_THEME": "", "NO_COLOR": "1"]).name == "monochrome")
        #expect(throws: ThemeError.self) { try ThemeLibrary.resolve(nil, environment: ["TERMCCP_THEME": "sepia"]) }
        do {
            _ = try ThemeLibrary.resolve(nil, environment: ["TERMCCP_THEME": "sepia"])
        } catch {
            #expect(error.description.hasPrefix("TERMCCP_THEME: unknown theme \"sepia\"; built-in themes: default"), "\(error)")
        }
    }

    func error(_ json: String) -> String {
        do {
            _ = try Theme.parse(Data(json.utf8), source: "my.json")
            return "parsed"
        } catch {
            return error.description
        }
    }

    /// Messages name the file and the line, and a syntax error its column, as flow messages do
    /// (issue 8 point 5; themes/README.md).
    @Test func badThemesFailNamingFileLineAndWhat() {
        #expect(error("{") == "my.json:1:2: malformed JSON: expected a quoted member name, found end of file")
        #expect(error("{\n  \"name\": \"x\",\n  \"roles\" {}\n}") == "my.json:3:11: malformed JSON: expected ':' after member name \"roles\"")
        #expect(error("{\"name\": \"x\",\n \"roles\": {\n  \"buton.enabled\": {}}}").hasPrefix(#"my.json:3: "buton.enabled" is not a style role"#))
        #expect(error("{\"name\": \"x\", \"roles\": {\n\"text\": {\"fg\": \"purple\"}}}").hasPrefix(#"my.json:2: role "text": unknown colour "purple" for fg"#))
        #expect(error(#"{"name": "x", "roles": {"text": {"attrs": ["blink"]}}}"#).hasPrefix(#"my.json:1: role "text": unknown attribute "blink""#))
        #expect(error(#"{"name": "x", "roles": {"text": {}}}"#).hasPrefix(#"my.json:1: no style for "header""#))
        #expect(error(#"{"roles": {}}"#) == #"my.json:1: missing "name" (a string)"#)
        #expect(error("[1]") == #"my.json:1: expected a JSON object with "name" and "roles""#)
        #expect(throws: ThemeError.self) { try ThemeLibrary.load("nosuch") }
    }

    /// A long name in a message is cut after a whole word, as every widget cuts text (WordWrap.fit), never inside
    /// a word where there is room; a name that is one long word is still cut, so a hostile file cannot flood the
    /// terminal (issue 12 review point 6).
    @Test func longNamesInThemeMessagesAreCutAfterAWholeWord() {
        let role = "the panel heading of the supervisor list of contacts"
        #expect(error("{\"name\": \"x\", \"roles\": {\n\"\(role)\": {}}}").hasPrefix(#"my.json:2: "the panel heading of the supervisor…" is not a style role"#))
        #expect(error("{\"name\": \"x\", \"roles\": {\n\"text\": {\"fg\": \"dark slate grey with a hint of something blue\"}}}")
                    .hasPrefix(#"my.json:2: role "text": unknown colour "dark slate grey with a hint of…" for fg"#))
        let word = String(repeating: "x", count: 100)
        #expect(error("{\"name\": \"x\", \"roles\": {\n\"\(word)\": {}}}").hasPrefix("my.json:2: \"\(String(repeating: "x", count: 39))…\" is not"))
        do {
            _ = try ThemeLibrary.load("a theme name with many words in it, longer than forty")
            Issue.record("an unknown theme name loaded")
        } catch {
            #expect(error.description.contains("unknown theme \"a theme name with many words in it,…\""), "\(error)")
        }
    }

    /// A colour index is a whole number from 0 to 255, written as a number or as text; anything
    /// else, however large or strange, is a message naming it, never a trap.
    @Test(arguments: ["300", "-1", "1e300", "-1e300", "3.5", "256", "true", "null", "[1]", "{}", "\"1e3\"", "\"99999999999999999999\""])
    func colourIndicesOutOfRangeAreErrors(raw: String) {
        let message = error("{\"name\": \"x\", \"roles\": {\n\"text\": {\"bg\": \(raw)}}}")
        #expect(message.hasPrefix("my.json:2: role \"text\": unknown colour "), "\(raw): \(message)")
        #expect(message.contains("or a whole number from 0 to 255"))
    }

    @Test func colourIndicesInRangeAreAccepted() throws {
        var json = try String(contentsOf: Golden.repoRoot.appendingPathComponent("themes/default.json"), encoding: .utf8)
        json = json.replacingOccurrences(of: #""text": {}"#, with: #""text": {"fg": 0, "bg": "255"}"#)
        let theme = try Theme.parse(Data(json.utf8), source: "t.json")
        #expect(theme.style(.text) == Style(fg: .index(0), bg: .index(255)))
    }

    /// LF, CRLF and CR line ends give the same lines (issue 8 point 6).
    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndsDoNotChangeLineNumbers(ending: String) throws {
        let lines = ["{", "  \"name\": \"x\",", "  \"roles\": {", "    \"text\": {\"fg\": \"purple\"}", "  }", "}"]
        #expect(error(lines.joined(separator: ending)).hasPrefix("my.json:4: role \"text\""))
        let broken = ["{", "  \"name\": \"x\",", "  \"roles\": {,"]
        #expect(error(broken.joined(separator: ending)).hasPrefix("my.json:3:13: malformed JSON"))
        let shipped = try String(contentsOf: Golden.repoRoot.appendingPathComponent("themes/light.json"), encoding: .utf8)
        #expect(try Theme.parse(Data(shipped.replacingOccurrences(of: "\n", with: ending).utf8), source: "t.json")
                == ThemeLibrary.load("light"))
    }

    /// "Cannot read" says why: missing, a folder, not a regular file, not UTF-8 (issue 8 point 5).
    @Test func unreadableThemeFilesSayWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.json")
        try Data("{\n\"name\": \"caf".utf8 + [0xE9] + Array("\"}".utf8)).write(to: latin1)
        for (path, expected) in [
            (folder.appendingPathComponent("nope.json").path, "nope.json: cannot read the file: it does not exist"),
            (folder.path + "/", ": cannot read the file: it is a folder"),
            (latin1.path, "latin1.json:2: the file is not UTF-8 text: byte 0xE9 at byte offset 14"),
        ] {
            do {
                _ = try ThemeLibrary.load(path)
                Issue.record("\(path) loaded")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
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
