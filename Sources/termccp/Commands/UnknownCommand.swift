import ArgumentParser
import Foundation
import Scenario

/// A first word that is no command and no file: `run` is the default command, so `termccp scirpt call.ccp`
/// was read as `run` with the scenario `scirpt` and answered "Unexpected argument 'call.ccp'" with run's usage,
/// and `termccp bogus` as a scenario file that does not exist. A word with no `.` or `/` that names nothing on
/// disk is a mistyped command: say so, with the closest command.
enum UnknownCommand {
    static func message(_ arguments: ArraySlice<String>) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("."), !first.contains("/"),
              !FileManager.default.fileExists(atPath: first) else { return nil }
        let names = Termccp.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let hint = NameSuggestion.closest(to: first, among: names).map { "; did you mean \"\($0)\"?" } ?? "."
        return "termccp: unknown command \"\(first)\"\(hint) Commands: \(names.joined(separator: ", ")); "
            + "`termccp SCENARIO.yaml` runs a scenario file."
    }
}
