/// The panels beside the CCPs on a wide terminal, each with its own toggle key (M, F, R).
public enum SidePanel: String, CaseIterable, Sendable {
    case callMap = "Call map"
    case flow = "Flow view"
    case records = "Records"

    var key: String {
        switch self {
        case .callMap: return "M"
        case .flow: return "F"
        case .records: return "R"
        }
    }
}

/// Which side panels the user hid; all show by default where they fit.
public struct SidePanelSet: Equatable, Sendable {
    public var hidden: Set<SidePanel> = []

    public init() {}

    /// Top to bottom.
    public var shown: [SidePanel] { SidePanel.allCases.filter { !hidden.contains($0) } }
}

/// Where the side panels go and when they fit.
public enum SidePanels {
    /// Below this width the CCPs keep the whole terminal (80×24 is today's CCP).
    public static let minColumns = 120
    /// Height the side column needs for its panels to say anything.
    public static let minRows = 24

    /// Columns kept on the right: 0 when none is shown or the terminal is narrower than `minColumns`;
    /// else a third of the width up to 160 columns, two fifths above (a 200-column terminal gives 80).
    public static func width(for size: Size, ui: UIState) -> Int {
        guard fit(size), !ui.side.shown.isEmpty else { return 0 }
        return size.columns >= 160 ? size.columns * 2 / 5 : size.columns / 3
    }

    static func fit(_ size: Size) -> Bool { size.columns >= minColumns && size.rows >= minRows }

    /// M, F, R: show or hide one panel. On a terminal too small for them the key says why (as a
    /// dimmed button does) and still remembers the choice for when the terminal grows.
    static func toggle(_ action: Action, _ state: inout UIState) {
        let panel: SidePanel
        switch action {
        case .toggleCallMap: panel = .callMap
        case .toggleFlowView: panel = .flow
        case .toggleRecords: panel = .records
        default: return
        }
        let showing = state.side.hidden.remove(panel) != nil
        if !showing { state.side.hidden.insert(panel) }
        if !fit(state.size) {
            state.message = Message("The \(panel.rawValue.lowercased()) \(showing ? "will show" : "stays hidden") on a "
                + "terminal \(minColumns)×\(minRows) or larger (this one is \(state.size.columns)×\(state.size.rows))",
                kind: .info)
        }
    }
}
