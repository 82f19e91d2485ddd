/// The telephony world: agents, queues, calls, contacts, flows, timers and simulated parties.
/// Deterministic: it never reads a clock or draws an unseeded random number; time moves only
/// through `advance(to:)`. Not thread-safe: one owner drives it.
public final class Engine {
    public let config: InstanceConfig
    let flows: any FlowRuntime

    public private(set) var now: Millis = 0
    /// Goes up by at least one with every change to what the engine's views show (each command
    /// carried out or refused, each timer fired); time passing with nothing due leaves it, as every view
    /// holds moments (`statusSince`, `bannerSince`), never durations. Lets a reader keep what it last read
    /// of the views while it has not moved (the CCP's frames, issue 12). Every public entry point that
    /// changes state bumps it.
    public private(set) var stateChanges = 0
    let agents: [AgentState]
    let agentIndex: [String: Int]
    private var lastAgentFound: (username: String, index: Int)?
    /// Segments until their call is over; then only their records stay (`FinishedContacts`).
    var contacts = SerialTable<ContactID, Contact>()
    var calls = SerialTable<CallID, Call>()
    var callOrder: [CallID] = []
    /// Contacts waiting per queue (and per agent queue), in routing order.
    var waiting: WaitingLines
    /// Agents free to take a contact, longest idle first.
    let freeAgents: FreeAgents
    var runs = SerialTable<RunID, FlowRun>()
    /// The runs of each call, in start order: every run lookup is about one call.
    var callRuns = SerialTable<CallID, [CallRun]>()
    var flowLookups = FlowLookups()
    var runSpares = FlowRunSpares()
    var transcripts: TranscriptBook
    var timers = TimerQueue()
    var rng: SeededRandom

    var nextContactSerial = 1
    var nextCallId = 1
    var nextLegId = 1
    var nextRunId = 1
    var nextTimerSeq = 0

    /// Third-party requests of flows waiting on an external leg, by run.
    var pendingThirdParty = SerialTable<RunID, ThirdPartyRequest>()
    /// Supervisors listening to (or barged into) a call, by username (Operations/Monitor.swift).
    var monitoring: [String: Monitoring] = [:]
    /// Callers and external parties another agent or a barged-in supervisor muted (agents keep their own `muted`).
    /// Call and leg ids are never reused, so an entry outlives its call harmlessly.
    var mutedParties: Set<PartyKey> = []
    /// Simulated parties whose words a script gives on a call (Simulation/ScriptVoices.swift).
    /// Call ids are never reused, so an entry outlives its call harmlessly.
    var scriptVoices: Set<VoiceOnCall> = []
    /// Flow steps at the instant `at` of runs whose call is gone (see `instantFlowStepLimit`); a
    /// call counts its own (`Call.chargeInstantStep`).
    var instantWorkWithoutCall: (at: Millis, steps: [CallID: Int]) = (0, [:])

    /// Segments completed since the engine last settled them.
    let ledger = CompletionLedger()
    var finished = FinishedWork()
    /// What the engine keeps of finished work; by default everything.
    public var retention = Retention.everything { didSet { stateChanges += 1 } }
    /// Receives each contact record once, when its segment completes, in the order they complete.
    public var onRecord: ((ContactRecord) -> Void)?

    /// Receives every event as it happens (the `--events` log, the TUI's status line).
    public var onEvent: ((EngineEvent) -> Void)? { didSet { noteFlowActionReaders() } }
    /// When set, only events with these names are sent to `onEvent`.
    public var eventNames: Set<EventName>? {
        didSet {
            eventFilter = EventFilter(eventNames)
            noteFlowActionReaders()
        }
    }
    var eventFilter = EventFilter(nil)
    /// Receives every flow action as it runs (`--trace`, coverage).
    public var onTrace: ((FlowTraceEvent) -> Void)? { didSet { noteFlowActionReaders() } }
    /// Whether anyone reads the flow actions a run traces (`onTrace`, or `onEvent` letting flow action events
    /// through), so that the interpreter builds no trace for no one. Kept as the readers change: working it out at
    /// every step, reading the two closures to compare them with nil, cost about 80 instructions a step (issue 9).
    private(set) var readsFlowActions = false

    private func noteFlowActionReaders() {
        readsFlowActions = ((eventFilter.allows(.flowActionStarted) || eventFilter.allows(.flowActionCompleted))
            && onEvent != nil) || onTrace != nil
    }
    /// Told about each resource a flow action uses and able to override it (`termccp test`).
    public weak var flowActionInterceptor: (any FlowActionInterceptor)?

    /// The scenario's queues by number, and by name.
    let queueTable: QueueTable
    /// The queues whose numbers were looked up last (`queueNumber(_:)`).
    var recentQueues = RecentLookups<String, Int>()
    let profiles: [String: RoutingProfileConfig]
    let hoursByName: [String: HoursOfOperationConfig]
    let externalsByNumber: [String: ExternalConfig]
    let customersByNumber: [String: CustomerConfig]
    let claimedNumbers: [String: String]
    /// Per agent (by index): the numbers of the lines (`waiting`) it takes contacts from, its own
    /// agent queue last.
    let agentLines: [[Int]]
    /// Per agent (by index): the quick connects its routing profile offers, in the configuration's order.
    let agentQuickConnects: [[QuickConnectConfig]]
    /// Per agent (by index): its routing profile's after contact work timeout, in ms (0: none).
    let agentACWTimeouts: [Millis]

    public init(config: InstanceConfig, flows: any FlowRuntime) {
        self.config = config
        self.flows = flows
        self.rng = SeededRandom(seed: config.seed)
        profiles = Dictionary(config.routingProfiles.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        hoursByName = Dictionary(config.hours.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        externalsByNumber = Dictionary(config.externals.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        customersByNumber = Dictionary(config.customers.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        claimedNumbers = Dictionary(config.phoneNumbers.map { ($0.number, $0.flow) }, uniquingKeysWith: { a, _ in a })
        var index: [String: Int] = [:]
        var cast: [AgentConfig] = []
        for a in config.agents where index[a.username] == nil {
            index[a.username] = cast.count
            cast.append(a)
        }
        let byName = Dictionary(config.routingProfiles.map { ($0.name, $0.queues) }, uniquingKeysWith: { a, _ in a })
        let profileQueues = cast.map { byName[$0.routingProfile] ?? [] }
        agentACWTimeouts = cast.map { a in config.routingProfiles.first { $0.name == a.routingProfile }?.acwTimeout ?? 0 }
        agentQuickConnects = cast.map { a in
            byName[a.routingProfile].map { queues in
                config.quickConnects.filter { qc in qc.queues.isEmpty || qc.queues.contains(where: queues.contains) }
            } ?? []
        }
        let agentQueues = cast.indices.map { i in profileQueues[i].map { QueueRef.queue($0) } + [.agent(cast[i].username)] }
        let queues = QueueTable(config.queues, profileQueues: profileQueues)
        // The queue table's numbers come first, so a queue's line has the queue's number.
        var lines = WaitingLines(queues.names.map(QueueRef.queue) + agentQueues.flatMap { $0 })
        agentLines = agentQueues.map { queues in queues.map { lines.number(for: $0) } }
        waiting = lines
        queueTable = queues
        agentIndex = index
        transcripts = TranscriptBook(agents: cast.map(\.username))
        let order = FreeAgents(count: cast.count)
        freeAgents = order
        agents = cast.enumerated().map { AgentState(config: $1, at: 0, freeAgents: order, routingIndex: $0) }
        for (i, call) in config.scheduledCalls.enumerated() {
            schedule(at: call.at, .placeScheduledCall(index: i))
        }
    }

    // MARK: time

    /// Runs every timer due up to `time`, in order, then sets the clock to `time`.
    public func advance(to time: Millis) {
        while let (at, event) = timers.popFirst(dueBy: time) {
            now = max(now, at)
            stateChanges += 1
            fire(event)
            settleCompletedContacts()
        }
        now = max(now, time)
        settleCompletedContacts()
    }

    /// For the entry points in other files that change state (commands, initial data).
    func noteStateChange() { stateChanges += 1 }

    public func advance(by duration: Millis) { advance(to: Clock.adding(duration, to: now)) }

    /// When the next timer fires; nil when nothing is scheduled.
    public var nextEventTime: Millis? { timers.nextTime }

    /// `consuming`, so an event made for the call moves into the timer queue instead of being copied. The handle
    /// cancels the timer when what it guards ends first; cancelling changes no other timer's turn.
    @discardableResult
    func schedule(at time: Millis, _ event: consuming TimerEvent) -> TimerQueue.Handle {
        nextTimerSeq += 1
        return timers.insert(at: max(time, now), seq: nextTimerSeq, event)
    }

    @discardableResult
    func schedule(after delay: Millis, _ event: consuming TimerEvent) -> TimerQueue.Handle {
        schedule(at: Clock.adding(delay, to: now), event)
    }

    // MARK: lookup

    func agent(_ username: String) -> AgentState? { agentNumber(username).map { agents[$0] } }

    func updateAgent(_ username: String, _ change: (AgentState) -> Void) {
        guard let i = agentNumber(username) else { return }
        change(agents[i])
    }

    /// The agent's index in `agents`. The steps of one command or timer look the same agent up
    /// again and again, so the last one found is remembered: comparing a username (a few words for
    /// a short one) costs a tenth of hashing it.
    func agentNumber(_ username: String) -> Int? {
        if let last = lastAgentFound, last.username == username { return last.index }
        guard let i = agentIndex[username] else { return nil }
        lastAgentFound = (username, i)
        return i
    }

    /// The index of the agent `username` when it is working on contact `id`, else nil. The contact's own agent is
    /// found by the index the contact keeps (`Contact.agentAt`), without hashing the name.
    func agentWorking(on id: ContactID, named username: String) -> Int? {
        let at = if let c = contacts[id], c.agent == username { c.agentAt } else { agentNumber(username) }
        guard let at, agents[at].slot == .working(id) else { return nil }
        return at
    }

    /// Makes the agent at index `i` the one `agentNumber` remembers, for a caller that has the index.
    func rememberAgent(at i: Int) { lastAgentFound = (agents[i].username, i) }

    /// The username of the agent at `index`, remembered as the last agent found: the steps of a timer
    /// that names its agent by index look the agent up by that name.
    func agentName(_ index: Int) -> String {
        rememberAgent(at: index)
        return agents[index].username
    }

    func updateContact(_ id: ContactID, _ change: (inout Contact) -> Void) {
        contacts.update(id, change)
    }

    /// A leg's fields other than its state (which changes through `change(_:on:)`).
    func updateLeg(_ call: CallID, _ leg: LegID, _ change: (inout Leg) -> Void) {
        calls[call]?.changeLeg(leg, change)
    }

    /// Finds an agent by username, first name or full name, ignoring case.
    public func resolveAgent(_ name: String) -> String? {
        if agentNumber(name) != nil { return name }
        let lower = name.lowercased()
        return agents.first {
            $0.username.lowercased() == lower || $0.config.firstName.lowercased() == lower
                || $0.config.displayName.lowercased() == lower
        }?.username
    }

    public var agentUsernames: [String] { agents.map(\.username) }

    // MARK: ids

    /// A new segment's previous contact is the one it came from; that contact's next becomes the
    /// newest segment (docs §2.5 inference).
    func newContact(callId: CallID, method: InitiationMethod, previous: ContactID?) -> ContactID {
        let id = ContactID(serial: nextContactSerial)
        nextContactSerial += 1
        let initial = previous.flatMap { contacts[$0]?.initialId }
        contacts[id] = Contact(id: id, callId: callId, method: method, initialId: initial, previousId: previous, at: now)
        calls[callId]?.add(contact: id)
        if let previous { updateContact(previous) { $0.nextId = id } }
        emit(.contactCreated(contact: id, method: method, call: callId))
        return id
    }

    /// The segment is complete: its record is built at the engine's next settle (the one place `completed` is set).
    func complete(_ contact: Contact) {
        guard !contact.completed else { return }
        contact.markCompleted()
        ledger.contactCompleted(contact.id)
    }

    func newLegId() -> LegID {
        defer { nextLegId += 1 }
        return LegID(nextLegId)
    }

    func newCallId() -> CallID {
        defer { nextCallId += 1 }
        return CallID(nextCallId)
    }

    // MARK: events

    /// Events are built only when someone listens, and never formatted here: text is made where it is read.
    /// Inlined, so that at each call site the event's name is known before its payload is built, and an
    /// event the filter drops builds nothing (issue 9).
    @inline(__always)
    func emit(_ kind: @autoclosure () -> EngineEvent.Kind) {
        // The listener is taken (a retain) only for an event that passes the filter.
        guard onEvent != nil else { return }
        let event = kind()
        guard eventFilter.allows(event.name) else { return }
        onEvent?(EngineEvent(at: now, event))
    }

    /// Whether an event with this name would reach anyone.
    func listens(to name: EventName) -> Bool { onEvent != nil && eventFilter.allows(name) }
}
