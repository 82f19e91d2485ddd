import Telephony

extension SidePanels {
    /// Reads what the side panels show into the snapshot: the call map of each shown agent's call
    /// and of the customer phone's call, the flows running, the completed records.
    static func capture(_ session: CCPSession, agents: [String], into snapshot: inout WorldSnapshot) {
        for name in agents {
            if let map = session.callMap(of: .agent(name)) { snapshot.callMaps[name] = map }
        }
        if let caller = session.callerView() { snapshot.callerCallMap = session.callMap(of: .customer(caller.callId)) }
        if session.demo != nil {
            snapshot.latestPanelCallMap = session.latestCallMap(of: agents, caller: snapshot.caller?.callId)
        }
        snapshot.flows = session.flowActivity
        snapshot.recordChains = session.recordChains
    }

    /// The shown side panels stacked in `rect`: the call map sized to its parties, the flow view and
    /// the records sharing the rest. They follow the focused CCP's call.
    static func draw(world: WorldSnapshot, ui: UIState, in rect: Rect, on canvas: inout Canvas) {
        let shown = ui.side.shown
        let (map, owner, own) = followedCallMap(world: world, ui: ui)
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
                               reason: map == nil ? "No flow is running"
                                   : own ? "No flow is running on \(owner)'s call" : "No flow is running on the call shown",
                               in: inner, on: &canvas)
            case .records:
                RecordsPanel.draw(world.recordChains, in: inner, on: &canvas)
            }
        }
    }
}

extension SidePanels {
    /// The one rule for which call the call map and the flow view follow (README "How it behaves"):
    /// the focused CCP's call (a supervisor's: the call it monitors; the customer phone's: its
    /// caller's). In a demo, while that CCP is on no call, the newest call any shown panel's party
    /// is or was on, so the story's last call stays on screen until a new one starts; elsewhere none,
    /// and the panels say the focused CCP is on no call. Also names the focused CCP's owner, and
    /// says whether the call is the focused CCP's own.
    static func followedCallMap(world: WorldSnapshot, ui: UIState) -> (map: CallMapView?, owner: String, own: Bool) {
        let focused = ui.panels.indices.contains(ui.focus) ? ui.panels[ui.focus] : nil
        let own: CallMapView?, owner: String
        if let name = focused?.agentName ?? focused?.supervisorName {
            (own, owner) = (world.callMaps[name], world.agents[name]?.displayName ?? name)
        } else {
            (own, owner) = (world.callerCallMap, "The caller")
        }
        return (own ?? world.latestPanelCallMap, owner, own != nil)
    }
}

private extension Rect {
    func insetX(_ n: Int) -> Rect { Rect(x: x + n, y: y, width: max(0, width - 2 * n), height: height) }
}
