import Telephony

/// Everything a key can do. Keys never carry behaviour themselves: the reducer interprets actions.
public enum Action: String, CaseIterable, Sendable {
    case accept, reject, quickConnects, numberPad, join, holdAll, swap, leave, endCall, mute, clear, statusMenu
    case previousParty, nextParty, toggleHoldParty, hangUpParty
    /// Agents on a multi-party call and supervisors who barged in: mute or unmute the selected party.
    case toggleMuteParty
    case scrollBack, scrollForward
    case say, pressDigit, customerHangUp
    case listUp, listDown, choose, erase
    case commandLine, help, nextPanel, previousPanel, pause, faster, slower, redraw, suspend, quit, close
    case callIn, hint, nextStep, stepMode
    case toggleCallMap, toggleFlowView, toggleRecords
    /// Supervisors: listen to the selected contact unheard (silent monitor), or join it (barge).
    case monitor, barge
}

extension Action {
    /// The CCP button this action presses; nil for actions that are not buttons. Hold all's key also
    /// presses Resume all when that is the button shown (ConferenceButtons).
    public var control: Control? {
        switch self {
        case .accept: return .accept
        case .reject: return .reject
        case .quickConnects: return .quickConnects
        case .numberPad: return .numberPad
        case .join: return .join
        case .holdAll: return .holdAll
        case .swap: return .swap
        case .leave: return .leave
        case .endCall: return .endCall
        case .mute: return .mute
        case .clear: return .clear
        default: return nil
        }
    }
}

extension Control {
    /// The action whose key presses this button.
    public var action: Action {
        switch self {
        case .accept: return .accept
        case .reject: return .reject
        case .quickConnects: return .quickConnects
        case .numberPad: return .numberPad
        case .join: return .join
        case .holdAll, .resumeAll: return .holdAll
        case .swap: return .swap
        case .leave: return .leave
        case .endCall: return .endCall
        case .mute: return .mute
        case .clear: return .clear
        }
    }
}

/// Where a binding applies. Panel contexts are tried before `.global`.
public enum KeyContext: String, CaseIterable, Sendable {
    // Help lists contexts in this order: what a new agent needs first.
    case agent, list, numberPad, customer, supervisor, commandLine, global

    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .agent: return "Agent CCP"
        case .customer: return "Customer phone"
        case .supervisor: return "Supervisor panel (run --supervisor)"
        case .list: return "Quick connects and status lists (type to filter)"
        case .numberPad: return "Number pad"
        case .commandLine: return "Command line (after :)"
        }
    }
}

public struct KeyBinding: Sendable {
    public var context: KeyContext
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Shown instead of the keys' labels when the key list is long (digits).
    public var keyLabel: String?

    public var displayKeys: String { keyLabel ?? keys.map(\.label).joined(separator: " / ") }
}

/// The one keymap: the reducer looks keys up here, and the help overlay, the footer and KEYS.md are
/// generated from the same table, so they cannot disagree.
public enum Keymap {
    static let digits: [Key] = "0123456789*#".map { .char($0) }

    public static let bindings: [KeyBinding] = [
        KeyBinding(context: .agent, keys: [.char("a")], action: .accept, help: "Accept call"),
        KeyBinding(context: .agent, keys: [.char("r")], action: .reject, help: "Reject"),
        KeyBinding(context: .agent, keys: [.char("q")], action: .quickConnects, help: "Quick connects (transfer, consult)"),
        KeyBinding(context: .agent, keys: [.char("n")], action: .numberPad, help: "Number pad: dial when idle; tones or add a number in a call"),
        KeyBinding(context: .agent, keys: [.char("j")], action: .join, help: "Join (conference everyone)"),
        KeyBinding(context: .agent, keys: [.char("h")], action: .holdAll, help: "Hold all / Resume all"),
        KeyBinding(context: .agent, keys: [.char("s")], action: .swap, help: "Swap"),
        KeyBinding(context: .agent, keys: [.char("l")], action: .leave, help: "Leave"),
        KeyBinding(context: .agent, keys: [.char("e")], action: .endCall, help: "End call"),
        KeyBinding(context: .agent, keys: [.char("m")], action: .mute, help: "Mute / Unmute"),
        KeyBinding(context: .agent, keys: [.char("c")], action: .clear, help: "Clear contact"),
        KeyBinding(context: .agent, keys: [.char("t")], action: .statusMenu, help: "Change status"),
        KeyBinding(context: .agent, keys: [.up], action: .previousParty, help: "Select the party above"),
        KeyBinding(context: .agent, keys: [.down], action: .nextParty, help: "Select the party below"),
        KeyBinding(context: .agent, keys: [.char("o")], action: .toggleHoldParty, help: "Hold / resume the selected party"),
        KeyBinding(context: .agent, keys: [.char("x")], action: .hangUpParty, help: "Hang up the selected party"),
        KeyBinding(context: .agent, keys: [.char("u")], action: .toggleMuteParty,
                   help: "Mute / unmute the selected party (multi-party calls)"),
        KeyBinding(context: .agent, keys: [.pageUp], action: .scrollBack, help: "Scroll the transcript back"),
        KeyBinding(context: .agent, keys: [.pageDown], action: .scrollForward, help: "Scroll the transcript forward"),

        KeyBinding(context: .customer, keys: [.char("y")], action: .say, help: "Say something"),
        KeyBinding(context: .customer, keys: digits, action: .pressDigit, help: "Press a key on the phone", keyLabel: "0-9 * #"),
        KeyBinding(context: .customer, keys: [.char("e")], action: .customerHangUp, help: "Hang up"),
        KeyBinding(context: .customer, keys: [.pageUp], action: .scrollBack, help: "Scroll the transcript back"),
        KeyBinding(context: .customer, keys: [.pageDown], action: .scrollForward, help: "Scroll the transcript forward"),

        KeyBinding(context: .supervisor, keys: [.up], action: .listUp, help: "Select the live contact above"),
        KeyBinding(context: .supervisor, keys: [.down], action: .listDown, help: "Select the live contact below"),
        KeyBinding(context: .supervisor, keys: [.char("m")], action: .monitor,
                   help: "Monitor the selected contact: listen, heard by no one (from Barge: back to silent)"),
        KeyBinding(context: .supervisor, keys: [.char("b")], action: .barge,
                   help: "Barge: join the monitored call, heard by everyone on it"),
        KeyBinding(context: .supervisor, keys: [.char("e")], action: .endCall, help: "End call: stop monitoring"),
        KeyBinding(context: .supervisor, keys: [.left], action: .previousParty, help: "Barged in: select the party above"),
        KeyBinding(context: .supervisor, keys: [.right], action: .nextParty, help: "Barged in: select the party below"),
        KeyBinding(context: .supervisor, keys: [.char("x")], action: .hangUpParty,
                   help: "Barged in: hang up the selected party (an agent's record says BARGED)"),
        KeyBinding(context: .supervisor, keys: [.char("o")], action: .toggleHoldParty,
                   help: "Barged in: hold / resume the selected party"),
        KeyBinding(context: .supervisor, keys: [.char("h")], action: .holdAll, help: "Barged in: hold all / resume all"),
        KeyBinding(context: .supervisor, keys: [.char("u")], action: .toggleMuteParty,
                   help: "Barged in: mute / unmute the selected party (an agent unmutes only itself)"),
        KeyBinding(context: .supervisor, keys: [.pageUp], action: .scrollBack, help: "Scroll the transcript back"),
        KeyBinding(context: .supervisor, keys: [.pageDown], action: .scrollForward, help: "Scroll the transcript forward"),

        KeyBinding(context: .list, keys: [.up], action: .listUp, help: "Previous entry"),
        KeyBinding(context: .list, keys: [.down], action: .listDown, help: "Next entry"),
        KeyBinding(context: .list, keys: [.enter], action: .choose, help: "Choose"),
        KeyBinding(context: .list, keys: [.backspace], action: .erase, help: "Erase a filter character"),

        KeyBinding(context: .numberPad, keys: digits + [.char("+")], action: .pressDigit,
                   help: "A digit: in a call a tone to the call, or the number to call (+ starts one)",
                   keyLabel: "0-9 * # +"),
        KeyBinding(context: .numberPad, keys: [.up], action: .listUp, help: "In a call: keys send tones"),
        KeyBinding(context: .numberPad, keys: [.down], action: .listDown, help: "In a call: keys type a number to add"),
        KeyBinding(context: .numberPad, keys: [.enter], action: .choose,
                   help: "Call the number (in a call: add it as a party)"),
        KeyBinding(context: .numberPad, keys: [.backspace], action: .erase, help: "Erase a digit of the number"),

        KeyBinding(context: .commandLine, keys: [.enter], action: .choose, help: "Run the line"),
        KeyBinding(context: .commandLine, keys: [.up], action: .listUp, help: "Previous line from history"),
        KeyBinding(context: .commandLine, keys: [.down], action: .listDown, help: "Next line from history"),
        KeyBinding(context: .commandLine, keys: [.backspace], action: .erase, help: "Erase a character"),
        KeyBinding(context: .commandLine, keys: [.escape], action: .close, help: "Cancel"),

        KeyBinding(context: .global, keys: [.tab], action: .nextPanel, help: "Next panel"),
        KeyBinding(context: .global, keys: [.backTab], action: .previousPanel, help: "Previous panel"),
        KeyBinding(context: .global, keys: [.char(":")], action: .commandLine, help: "Command line (script language)"),
        KeyBinding(context: .global, keys: [.char("i")], action: .callIn,
                   help: "A caller phones in now (the scenario's first customer, its first number)"),
        KeyBinding(context: .global, keys: [.char("g")], action: .hint, help: "Lessons: the hint for the current goal"),
        KeyBinding(context: .global, keys: [.char(" ")], action: .nextStep,
                   help: "Demos: next step now (ends a wait, goes on after a pause)"),
        KeyBinding(context: .global, keys: [.char("S")], action: .stepMode,
                   help: "Demos: step mode on / off (each step waits for Space)"),
        KeyBinding(context: .global, keys: [.char("?")], action: .help, help: "Help (this list; time stops while it is open)"),
        KeyBinding(context: .global, keys: [.char("M")], action: .toggleCallMap,
                   help: "Call map: show / hide (who hears whom; terminals 120 columns or wider)"),
        KeyBinding(context: .global, keys: [.char("F")], action: .toggleFlowView,
                   help: "Flow view: show / hide (the block running, the last branches)"),
        KeyBinding(context: .global, keys: [.char("R")], action: .toggleRecords,
                   help: "Records: show / hide (completed contact records as a chain)"),
        KeyBinding(context: .global, keys: [.char("p")], action: .pause, help: "Pause / resume time"),
        KeyBinding(context: .global, keys: [.char("+"), .char("=")], action: .faster, help: "Time faster"),
        KeyBinding(context: .global, keys: [.char("-")], action: .slower, help: "Time slower"),
        KeyBinding(context: .global, keys: [.ctrl("l")], action: .redraw, help: "Redraw the screen"),
        KeyBinding(context: .global, keys: [.ctrl("z")], action: .suspend,
                   help: "Suspend to the shell (terminal given back; fg resumes and redraws)"),
        KeyBinding(context: .global, keys: [.escape], action: .close, help: "Close the open list, overlay or message"),
        KeyBinding(context: .global, keys: [.char("Q"), .ctrl("c")], action: .quit, help: "Quit"),
    ]

    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.action
    }

    public static func binding(for action: Action, in context: KeyContext) -> KeyBinding? {
        bindings.first { $0.context == context && $0.action == action }
    }

    /// The mnemonic shown on a button, e.g. "a" for Accept call.
    public static func mnemonic(_ action: Action, in context: KeyContext) -> String {
        binding(for: action, in: context)?.displayKeys ?? ""
    }

    /// Key clashes within a context or between a panel context and `.global` would make a key
    /// unreachable; a test keeps this empty.
    public static var conflicts: [String] {
        var seen: [KeyContext: [Key: Action]] = [:]
        var out: [String] = []
        for b in bindings {
            for key in b.keys {
                if let other = seen[b.context]?[key] {
                    out.append("\(key.label) is both \(other) and \(b.action) in \(b.context)")
                }
                seen[b.context, default: [:]][key] = b.action
            }
        }
        for context in [KeyContext.agent, .customer, .supervisor] {
            for (key, action) in seen[context] ?? [:] {
                if let global = seen[.global]?[key] {
                    out.append("\(key.label) is \(action) in \(context) and hides global \(global)")
                }
            }
        }
        return out
    }

    /// KEYS.md, generated from the table (a test checks the committed file matches).
    public static var markdown: String {
        var lines = ["# termccp keys", "", "Generated from `Sources/CCP/Keymap/Keymap.swift`; a test keeps this file in step.", ""]
        for context in KeyContext.allCases {
            lines.append("## \(context.title)")
            lines.append("")
            lines.append("| key | does |")
            lines.append("| --- | --- |")
            for b in bindings where b.context == context {
                lines.append("| `\(b.displayKeys)` | \(b.help) |")
            }
            lines.append("")
        }
        lines.append("Mouse: click a button, a party's Hold/Resume or ×, a list entry or a number pad key; "
            + "click a panel to focus it; the wheel scrolls its transcript.")
        return lines.joined(separator: "\n") + "\n"
    }
}
