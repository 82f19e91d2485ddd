import ArgumentParser

/// `--supervisor NAME` on `run` and `demo` shows one supervisor panel: given twice it is refused
/// with both names (exit 2) instead of the last one silently winning.
enum SupervisorChoice {
    static func validate(_ names: [String]) throws {
        guard names.count <= 1 else {
            throw ValidationError("--supervisor shows one supervisor panel: give it once (found \(names.joined(separator: ", ")))")
        }
    }
}
