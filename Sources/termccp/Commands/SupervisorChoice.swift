import ArgumentParser

/// `--supervisor NAME` on `run` and `demo` shows one supervisor panel. It is declared as one value, so
/// the help reads `[--supervisor <name>]`; swift-argument-parser keeps the last of a repeated single-value
/// option without a word, so the command line is looked at here and a second one is refused with every
/// name given (exit 2) instead of the last one silently winning.
enum SupervisorChoice {
    /// The names given with `--supervisor NAME` or `--supervisor=NAME`, in order, up to a `--` (after it
    /// every word is an argument).
    static func names(in arguments: some Sequence<String>) -> [String] {
        var names: [String] = []
        var takesValue = false
        for word in arguments {
            if takesValue {
                names.append(word)
                takesValue = false
            } else if word == "--" {
                break
            } else if word == "--supervisor" {
                takesValue = true
            } else if word.hasPrefix("--supervisor=") {
                names.append(String(word.dropFirst("--supervisor=".count)))
            }
        }
        return names
    }

    static func validate(_ arguments: some Sequence<String>) throws {
        let given = names(in: arguments)
        guard given.count <= 1 else {
            throw ValidationError("--supervisor shows one supervisor panel: give it once (found \(given.joined(separator: ", ")))")
        }
    }
}
