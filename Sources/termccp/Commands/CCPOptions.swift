import ArgumentParser
import CCP
import Telephony
import Terminal
import OutputFiles

/// The help of the CCP options a command words its own way: `run` shows the agents you drive,
/// `demo` the agents its script names.
protocol CCPOptionHelp {
    static var agentHelp: ArgumentHelp { get }
    static var customerHelp: ArgumentHelp { get }
    static var supervisorHelp: ArgumentHelp { get }
}

/// The options of a CCP on the terminal that `run` and `demo` share: the panels shown, the theme
/// and speed, a recording. `Help` words the panel options for the command.
struct CCPOptions<Help: CCPOptionHelp>: ParsableArguments {
    @Option(name: .customLong("agent"), help: Help.agentHelp)
    var agents: [String] = []

    @Flag(help: Help.customerHelp)
    var customer = false

    @Option(help: Help.supervisorHelp)
    var supervisor: String?

    @OptionGroup var screen: ScreenOptions

    @Option(help: ArgumentHelp("Write an asciinema v2 recording (asciicast) of the CCP's screen to this file.", valueName: "file"),
            completion: .file(extensions: ["cast"]))
    var record: String?

    /// One supervisor panel: a second `--supervisor` is refused here, not silently dropped.
    func validate() throws {
        try SupervisorChoice.validate(CommandLine.arguments.dropFirst())
    }

    /// The username of an agent named on the command line; an unknown one is reported with the
    /// scenario's agents and exits with status 2.
    func username(_ name: String, in engine: Engine) throws -> String {
        guard let username = engine.resolveAgent(name) else {
            Console.error("termccp: no agent named \"\(name)\"; agents: \(engine.agentUsernames.joined(separator: ", "))")
            throw ExitCode(Exit.badInput)
        }
        return username
    }

    /// Runs the CCP on the terminal until the user quits, with `--record` written only then
    /// (`inputs`: the command's input files, which the recording may not overwrite). Throws the
    /// exit status when the CCP did not end by quitting (TerminalApp.run).
    func open(_ session: CCPSession, agents shown: [String], supervisor: String?, inputs: [String]) throws {
        let theme = try screen.resolvedTheme()
        let recording: OutputFile?
        do {
            recording = try Recording.open(record, inputs: inputs + [screen.theme].compactMap { $0 })
        } catch {
            // Worded as every other output refused before its run (`script`, `test`, `learn`).
            Console.error("termccp: \(error); nothing was run.")
            throw ExitCode(Exit.badInput)
        }
        let status = TerminalApp.run(session: session, agents: shown, showCustomer: customer, supervisor: supervisor,
                                     theme: theme, speed: screen.speed, record: recording.map { file in { file.write($0) } },
                                     lastWords: recording == nil ? nil : { PartialFiles.removeAll() })
        try Recording.finish(recording, status: status)
        if status != 0 { throw ExitCode(status) }
    }
}
