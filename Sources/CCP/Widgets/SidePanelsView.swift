import Telephony

extension SidePanels {
    /// Reads what the side panels show into the snapshot: the call map of each shown agent's call
    /// and of the customer phone's call, the flows running, the completed records.
    static func capture(_ session: CCPSession, agents: [String], into snapshot: inout WorldSnapshot) {
        for name in agents {
            if let map = session.callMap(of: .agent(name)) { snapshot.callMaps[name] = map }
        }
        if let caller = session.callerView() { snapshot.callerCallMap = session.callMap(of: .customer(caller.callId)) }
        snapshot.flows = session.flowActivity
        snapshot.recordChains = session.recordChains
    }

    /// The shown side panels stacked in `rect`: the call map sized to its parties, the flow view and
    /// the records sharing the rest. They follow the focused CCP's call.
    static func draw(world: WorldSnapshot, ui: UIState, in rect: Rect, on canvas: inout Canvas) {
        let shown = ui.side.shown
        let focused = ui.panels.indices.contains(ui.focus) ? ui.panels[ui.focus] : nil
        let map: CallMapView?
        let owner: String
        // A supervisor's panel follows the call it monitors.
        if let name = focused?.agentName ?? focused?.supervisorName {
            map = world.callMaps[name]
            owner = world.agents[name]?.displayName ?? name
        } else {
            map = world.callerCallMap
            owner = "The caller"
        }
        var names: [PartyKey: String] = [:]
        for node in map?.nodes ?? [] { if let key = node.key { names[key] = node.label } }
        var heights: [SidePanel: Int] = [:]
        var left = rect.height
        if shown.contains(.callMap) {
            heights[.callMap] = min(left, max(5, CallMapPanel.rows(map) + 2))
            left -= heights[.callMap]!
        }
        let rest = shown.filter { $0 != .callMap }
        for (i, panel) in rest.enumerated() { heights[panel] = i == rest.count - 1 ? left - left / rest.count * i : left / rest.count }
        var y = rect.y
        for panel in shown {
            let h = heights[panel] ?? 0
            guard h >= 3 else { continue }
            let box = Rect(x: rect.x, y: y, width: rect.width, height: h)
            y += h
            canvas.frame.screen.box(box, role: .border, glyphs: canvas.glyphs)
            let titleClip = Rect(x: box.x + 2, y: box.y, width: box.width - 4, height: 1)
            canvas.put(" \(panel.rawValue) [\(panel.key)] ", x: titleClip.x, y: box.y, width: titleClip.width, role: .title,
                       clip: titleClip)
            let inner = box.inset(by: 1).insetX(1)
            switch panel {
            case .callMap:
                CallMapPanel.draw(map, reason: "\(owner) is on no call: the map shows the focused CCP's call",
                                  in: inner, on: &canvas)
            case .flow:
                FlowPanel.draw(world.flows, contacts: map?.contacts, names: names,
                               reason: map == nil ? "No flow is running" : "No flow is running on \(owner)'s call",
                               in: inner, on: &canvas)
            case .records:
                RecordsPanel.draw(world.recordChains, in: inner, on: &canvas)
            }
        }
    }
}

private extension Rect {
    func insetX(_ n: Int) -> Rect { Rect(x: x + n, y: y, width: max(0, width - 2 * n), height: height) }
}
