import Telephony

/// What the reducer asks the outside world to do. UI-only changes are already in the returned state.
public enum Intent: Equatable, Sendable {
    case agent(String, AgentCommand)
    case world(WorldCommand)
    case commandLine(String, as: String)
    /// Lessons: show the current goal's hint now.
    case showHint
    /// Lessons: end the attempt where it is (the stop question answered), its summary shown in the CCP.
    case stopLesson
    /// Demos: the presenter's step keys.
    case demo(DemoControl)
    case redraw
    /// Give the terminal back and stop the process (Ctrl-Z); the loop redraws when it continues.
    case suspend
    case quit
}

/// The presenter's keys in a demo (DemoPlayer.next, DemoPlayer.toggleMode).
public enum DemoControl: Equatable, Sendable {
    case nextStep, toggleStepMode
}

/// A clickable region's meaning, recorded while drawing so a mouse click hits exactly what is shown.
public enum HitTarget: Equatable, Sendable {
    case panel(Int)
    case button(panel: Int, Action)
    case partyHold(panel: Int, party: Int)
    case partyHangUp(panel: Int, party: Int)
    case partyMute(panel: Int, party: Int)
    case party(panel: Int, party: Int)
    case listEntry(panel: Int, index: Int)
    case padKey(panel: Int, Character)
    case padField(panel: Int, PadField)
    case help
}

public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case click(HitTarget)
    case wheel(panel: Int, up: Bool)
    case resize(Size)
}
