import Flows
import Yams

/// A YAML quote that is never closed. libyaml reads a quoted value across lines, so it finds the missing quote only
/// at the end of the text and marks the error there, where nothing is wrong; the place to change is where the quote
/// opens, which libyaml keeps as the error's context. Scenarios and lessons both report it here.
public enum UnclosedQuote {
    /// The problem at the opening quote, when `error` is a quoted value left open; nil for any other error.
    public static func problem(_ error: any Error, file: String) -> Problem? {
        guard let yamlError = error as? YamlError, case .scanner(let context?, _, _, let yaml) = yamlError,
              context.text.contains("quoted scalar") else { return nil }
        let line = context.mark.line, column = context.mark.column
        let text = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let opening = line >= 1 && line <= text.count ? text[line - 1].unicodeScalars.dropFirst(column - 1).first : nil
        let quote = opening == "'" ? "'" : "\""
        let escape = quote == "'" ? "write '' for a quote inside single-quoted text" : "write \\\" for a quote inside double-quoted text"
        return Problem(file: file, line: line, column: column, message: "YAML syntax: the quote (\(quote)) opened here is never closed",
                       fix: "close it where the text ends; \(escape)")
    }
}
