import Telephony

/// Everything the CCP shows, read from the session once per frame, so rendering and reducing are
/// pure functions of values.
public struct WorldSnapshot: Equatable, Sendable {
    public var now: Millis
    public var agents: [String: AgentView]
    public var agentTranscripts: [String: [TranscriptLine]]
    public var caller: CallerView?
    public var callerTranscript: [TranscriptLine]
    /// What the idle customer phone suggests typing (CCPSession.exampleCall).
    public var exampleCall: String?

    public init(now: Millis, agents: [String: AgentView] = [:], agentTranscripts: [String: [TranscriptLine]] = [:],
                caller: CallerView? = nil, callerTranscript: [TranscriptLine] = [], exampleCall: String? = nil) {
        self.now = now
        self.agents = agents
        self.agentTranscripts = agentTranscripts
        self.caller = caller
        self.callerTranscript = callerTranscript
        self.exampleCall = exampleCall
    }

    public static func capture(_ session: CCPSession, agents: [String], customer: Bool) -> WorldSnapshot {
        var snapshot = WorldSnapshot(now: session.now)
        for name in agents {
            snapshot.agents[name] = session.agentView(name)
            snapshot.agentTranscripts[name] = session.transcript(of: .agent(name))
        }
        if customer {
            snapshot.exampleCall = session.exampleCall
            if let caller = session.callerView() {
                snapshot.caller = caller
                snapshot.callerTranscript = session.transcript(of: .customer(caller.callId))
            }
        }
        return snapshot
    }
}
