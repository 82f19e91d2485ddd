import Telephony

/// The flows the benchmark uses, hand-written as Swift: each returns the very steps the real
/// interpreter returns for the JSON flow of the same name, and makes the same host calls. Running
/// the benchmark on this and on the interpreter separates the engine's own cost from the
/// interpreter's (the flows work aims to add at most 10%).
struct ScriptedFlows: FlowRuntime {
    private static let handled: Set<String> = [
        BenchInstance.inboundFlow, "Default queue transfer", "Default customer queue", "Default customer hold",
        "Default agent hold", "Default agent whisper", "Default customer whisper",
    ]

    private let thanks = Prompt(
        text: "Thank you for calling. Your call is very important to us and will be answered in the order it was received.")
    private let announce = Prompt(text: "Now transferring your call.")
    private let agentHold = Prompt(text: "You are on hold", kind: .speech, duration: Prompt.speakingTime("You are on hold") + 10_000)

    func hasFlow(_ name: String) -> Bool { Self.handled.contains(name) }

    /// Recorded prompts come from the scenario through the host, as the interpreter gets them.
    private func recording(_ id: String, _ host: any FlowHost) -> Prompt {
        host.recordedPrompt(id) ?? Prompt(text: id, kind: .recording, duration: 1000)
    }

    func run(_ cursor: inout FlowCursor, input: FlowInput, host: any FlowHost) -> FlowStep {
        let starting = input == .start
        switch cursor.flow {
        case BenchInstance.inboundFlow:
            cursor.action = "to-queue"
            guard host.setTargetQueue(BenchInstance.intake), host.queueTransferError() == nil else {
                cursor.action = "bye"
                return .disconnect
            }
            return .end(.queued)
        case "Default queue transfer":
            if starting {
                guard host.isWithinHours(nil) == true,
                      (host.metric("NumberOfAgentsStaffed", queue: nil, agent: nil) ?? 0) > 0 else {
                    cursor.action = "transfer-failed"
                    return .play(Prompt(text: "Failed to transfer to queue. Goodbye."))
                }
                cursor.action = "announce-transfer"
                return .play(announce)
            }
            if cursor.action == "transfer-failed" { return .disconnect }
            cursor.action = "transfer-to-queue"
            return host.queueTransferError() == nil ? .end(.queued) : .disconnect
        case "Default customer queue":
            cursor.action = "queue-loop"
            return .loopPrompts([thanks, recording("hold-music", host)], interruptEvery: nil)
        case "Default customer hold":
            cursor.action = "hold-music"
            return .loopPrompts([recording("hold-music", host)], interruptEvery: nil)
        case "Default agent hold":
            cursor.action = "on-hold-reminder"
            return .loopPrompts([agentHold], interruptEvery: nil)
        case "Default agent whisper":
            guard starting else { cursor.action = "end-whisper"; return .end(.finished) }
            cursor.action = "say-queue-name"
            return .play(Prompt(text: host.value(of: "$.Queue.Name") ?? ""))
        case "Default customer whisper":
            guard starting else { cursor.action = "end-whisper"; return .end(.finished) }
            cursor.action = "beep"
            return .play(recording("beep", host))
        default:
            return .end(.failed("the scripted runtime has no flow named \(cursor.flow)"))
        }
    }
}
