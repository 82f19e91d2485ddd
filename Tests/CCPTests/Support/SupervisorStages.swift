import CCP
import Testing

extension EngineStage {
    /// A supervisor panel over the supervised floor scenario
    /// (`Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml`: John and Maria simulated, Sue
    /// their supervisor, multi-party calls on): the world moved by command-language lines, the panel by keys.
    static func supervisedFloor(agents: [String] = [], size: Size) throws -> EngineStage {
        try EngineStage(scenario: "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml", agents: agents,
                        supervisor: "sue", size: size)
    }

    /// The message on the supervisor panel (a refusal's reason, a hint).
    var supervisorMessage: String? { controller.ui.panels.first { $0.supervisorName != nil }?.message?.text }
}

enum SupervisorStages {
    /// Pat phones in; John (simulated) accepts and greets; Pat speaks.
    static let johnOnACall = """
        call +15555550123 -> +18005550100
        wait until john banner Connected
        wait 3s
        """

    /// Pat phones in and John, shown and driven by the script, accepts.
    static let johnAccepts = Stages.callIn + "\n" + """
        accept
        wait until banner Connected
        """

    /// Pat with John and Kim with Maria.
    static let twoCalls = """
        call +15555550123 -> +18005550100
        wait until john banner Connected
        call +15555550124 -> +18005550100
        wait until maria banner Connected
        wait 2s
        """
}
