import ArgumentParser

/// The command line: the CCP by default, `script` and `check` for headless use.
struct Termccp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "termccp",
        abstract: "The Amazon Connect Contact Control Panel in a terminal, over a simulated contact centre.",
        discussion: """
            Exit status: 0 on success, 1 when a script's expectation or a test case fails, 2 on bad input (a bad \
            option too), 128 + N when signal N ends it; each command's help says which of these it gives.
            """,
        version: "termccp \(version)",
        subcommands: [RunCommand.self, ScriptCommand.self, TestCommand.self, CheckCommand.self, ImportCommand.self, LearnCommand.self,
                      DemoCommand.self],
        defaultSubcommand: RunCommand.self)
}

extension Termccp {
    /// Printed by `termccp --version`; raised with each release.
    static let version = "0.9.0"
}

/// Exit statuses: 0 success, 1 a script expectation failed, 2 bad input (also bad flags).
enum Exit {
    static let failed: Int32 = 1
    static let badInput: Int32 = 2
}
