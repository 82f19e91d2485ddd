/// A size in cells.
public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

public struct Message: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

public enum PanelKind: Equatable, Sendable {
    case agent(String)
    case customer
    /// A supervisor's panel: live contacts to monitor or barge (`run --supervisor`).
    case supervisor(String)
}

/// What is open inside a panel, below its buttons.
public enum OpenPanel: Equatable, Sendable {
    case none, quickConnects, numberPad, statusMenu, speak
}

/// Where the in-call number pad's keys go: tones to the call, or the number to add as a party.
public enum PadField: Equatable, Sendable {
    case tones, number
}

public struct PanelState: Equatable, Sendable {
    public var kind: PanelKind
    public var open: OpenPanel = .none
    /// The quick connect filter, the number pad's number to call or the speak line, whichever is open.
    public var input: String = ""
    /// The tones sent from the number pad since it opened (in a call).
    public var tones: String = ""
    public var padField: PadField = .tones
    /// The contact the number pad was opened on (nil: opened idle); the pad closes when it ends.
    public var padContact: String?
    public var listIndex: Int = 0
    public var selectedParty: Int = 0
    /// The supervisor panel's chosen live contact, by contact id (`listIndex` stands in when it is gone).
    public var selectedContact: String?
    /// Transcript lines scrolled back from the newest.
    public var scroll: Int = 0
    public var message: Message? {
        didSet { advice = nil }
    }
    /// What can be done instead, shown under a refusal's reason: the keys of the buttons enabled
    /// now. It belongs to the message it was set after, and goes with it.
    public var advice: String?

    public init(kind: PanelKind) { self.kind = kind }

    /// Closes whatever is open and forgets what was typed in it.
    public mutating func closeOpenPanel() {
        open = .none
        input = ""
        tones = ""
        padField = .tones
        padContact = nil
        listIndex = 0
    }

    public var agentName: String? {
        if case .agent(let name) = kind { return name }
        return nil
    }

    public var supervisorName: String? {
        if case .supervisor(let name) = kind { return name }
        return nil
    }
}

/// Everything the UI remembers that the engine does not.
public struct UIState: Equatable, Sendable {
    public var panels: [PanelState]
    public var focus: Int = 0
    public var size: Size
    public var helpOpen = false
    /// Lessons: the story is on screen (and time stands still) until the trainee starts.
    public var storyOpen = false
    public var helpScroll = 0
    /// The `:` line's text while it is open.
    public var commandLine: String?
    /// Lines run from the `:` line, oldest first, and where Up/Down is in them (nil: a new line).
    public var commandHistory: [String] = []
    public var historyIndex: Int?
    /// Output of the `:` line and messages that belong to no panel.
    public var message: Message?
    public var paused = false
    /// Lessons: `Q` was pressed while the lesson runs, and the CCP asks first: a second `Q` stops the
    /// lesson, any other key goes back to it. A slip of the finger costs no attempt.
    public var quitAsked = false
    /// Moves refused at the CCP before reaching the engine (a dimmed button, a party's dimmed
    /// Hold or hang-up), counted for lessons' scores.
    public var refusals = 0
    public var speed = 1.0
    /// The call map, flow view and records beside the CCPs on a wide terminal.
    public var side = SidePanelSet()

    /// The rungs `+` and `-` step along: the whole range `--speed` takes, 0.1 to 100 (README).
    public static let speeds: [Double] = [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 100]

    public init(agents: [String], showCustomer: Bool, supervisor: String? = nil, size: Size) {
        panels = agents.map { PanelState(kind: .agent($0)) } + (supervisor.map { [PanelState(kind: .supervisor($0))] } ?? [])
            + (showCustomer ? [PanelState(kind: .customer)] : [])
        self.size = size
    }

    /// Virtual time stands still while paused, while help or a lesson's story is open (reading costs no
    /// call) and while the CCP asks whether to stop the lesson.
    public var timeStopped: Bool { paused || helpOpen || storyOpen || quitAsked }

    /// The agent the `:` line acts as: the focused agent panel, else the first one.
    public var commandAgent: String {
        if panels.indices.contains(focus), let name = panels[focus].agentName ?? panels[focus].supervisorName { return name }
        return panels.compactMap { $0.agentName ?? $0.supervisorName }.first ?? ""
    }
}
