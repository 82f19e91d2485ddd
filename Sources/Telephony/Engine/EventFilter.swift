/// Which events reach `onEvent`: a bit per event name, so that checking an event costs no hashing
/// (issue 9 point 3: no per-event filter hashing).
struct EventFilter {
    private var bits: UInt64

    /// Every event when `names` is nil.
    init(_ names: Set<EventName>?) {
        bits = names.map { $0.reduce(0) { $0 | Self.bit($1) } } ?? ~0
    }

    @inline(__always)
    func allows(_ name: EventName) -> Bool { bits & Self.bit(name) != 0 }

    @inline(__always)
    private static func bit(_ name: EventName) -> UInt64 { 1 << UInt64(name.ordinal) }
}

extension EventName {
    /// The name's place in the declaration, below 64 (`EventFilter` keeps one bit each).
    var ordinal: Int {
        switch self {
        case .inboundCall: return 0
        case .outboundCall: return 1
        case .outboundAnswered: return 2
        case .legDialing: return 3
        case .legAnswered: return 4
        case .legFailed: return 5
        case .legHungUp: return 6
        case .connectionState: return 7
        case .joined: return 8
        case .agentLeft: return 9
        case .customerDisconnected: return 10
        case .callEnded: return 11
        case .contactCreated: return 12
        case .contactState: return 13
        case .queued: return 14
        case .offered: return 15
        case .accepted: return 16
        case .rejected: return 17
        case .missed: return 18
        case .connected: return 19
        case .abandonedInWhisper: return 20
        case .afterContactWork: return 21
        case .afterContactWorkTimedOut: return 22
        case .cleared: return 23
        case .outboundEnded: return 24
        case .attribute: return 25
        case .quickConnect: return 26
        case .transferFailed: return 27
        case .callbackCreated: return 28
        case .callbackDialing: return 29
        case .callbackRetry: return 30
        case .callbackAbandoned: return 31
        case .command: return 32
        case .status: return 33
        case .nextStatus: return 34
        case .mute: return 35
        case .flowStarted: return 36
        case .flowActionStarted: return 37
        case .flowActionCompleted: return 38
        case .flowEnded: return 39
        case .flowStopped: return 40
        case .flowDisconnected: return 41
        case .prompt: return 42
        case .speech: return 43
        case .dtmf: return 44
        case .recordCompleted: return 45
        case .supervisorConnection: return 46
        case .agentHungUp: return 47
        case .partyMuted: return 48
        }
    }
}
