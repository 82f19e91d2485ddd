/// What a cell means, never how it looks: themes map each role to colours and attributes, and golden
/// snapshots record the role with one legend character per cell.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case text
    case header
    case title
    case titleFocused = "title.focused"
    case border
    case borderFocused = "border.focused"
    case hint
    case key
    case error
    case info
    case input
    case overlay
    case overlayTitle = "overlay.title"

    case statusAvailable = "status.available"
    case statusOffline = "status.offline"
    case statusCustom = "status.custom"
    case statusSystem = "status.system"
    case statusNext = "status.next"

    case bannerIncoming = "banner.incoming"
    case bannerConnecting = "banner.connecting"
    case bannerConnected = "banner.connected"
    case bannerHold = "banner.hold"
    case bannerMissed = "banner.missed"
    case bannerACW = "banner.acw"
    case bannerIdle = "banner.idle"

    case buttonEnabled = "button.enabled"
    case buttonDisabled = "button.disabled"
    case buttonFocused = "button.focused"

    case partyConnected = "party.connected"
    case partyHold = "party.hold"
    case partyConnecting = "party.connecting"
    case partyDisconnected = "party.disconnected"

    case listItem = "list.item"
    case listSelected = "list.selected"

    case transcriptTime = "transcript.time"
    case transcriptPrompt = "transcript.prompt"
    case transcriptWhisper = "transcript.whisper"
    case transcriptSpeech = "transcript.speech"
    case transcriptDTMF = "transcript.dtmf"
    case transcriptSystem = "transcript.system"

    /// The character the role layer of a golden snapshot uses; unique per role (a test checks).
    public var legend: Character {
        switch self {
        case .text: return " "
        case .header: return "="
        case .title: return "t"
        case .titleFocused: return "T"
        case .border: return "-"
        case .borderFocused: return "#"
        case .hint: return "."
        case .key: return "k"
        case .error: return "!"
        case .info: return "i"
        case .input: return "_"
        case .overlay: return "o"
        case .overlayTitle: return "O"
        case .statusAvailable: return "A"
        case .statusOffline: return "F"
        case .statusCustom: return "U"
        case .statusSystem: return "Y"
        case .statusNext: return "N"
        case .bannerIncoming: return "I"
        case .bannerConnecting: return "G"
        case .bannerConnected: return "C"
        case .bannerHold: return "H"
        case .bannerMissed: return "M"
        case .bannerACW: return "W"
        case .bannerIdle: return "E"
        case .buttonEnabled: return "b"
        case .buttonDisabled: return "d"
        case .buttonFocused: return "B"
        case .partyConnected: return "c"
        case .partyHold: return "h"
        case .partyConnecting: return "g"
        case .partyDisconnected: return "x"
        case .listItem: return "l"
        case .listSelected: return "L"
        case .transcriptTime: return "0"
        case .transcriptPrompt: return "p"
        case .transcriptWhisper: return "w"
        case .transcriptSpeech: return "s"
        case .transcriptDTMF: return "%"
        case .transcriptSystem: return "y"
        }
    }
}
