/// The status selector: Available, Offline and custom statuses; Next status while on a contact
/// (docs §1.6, §6 rule 8).
extension Engine {
    public var selectableStatuses: [String] { ["Available"] + config.customStatuses + ["Offline"] }

    func statusRefusal(_ label: String) -> String? {
        if selectableStatuses.contains(where: { $0.lowercased() == label.lowercased() }) { return nil }
        return "There is no status \"\(label)\". Choose one of: \(selectableStatuses.joined(separator: ", "))."
    }

    func setStatus(_ label: String, for username: String) {
        guard let a = agent(username) else { return }
        let canonical = selectableStatuses.first { $0.lowercased() == label.lowercased() } ?? label
        let status = AgentStatus(label: canonical)
        switch a.slot {
        case .free, .missed, .rejected:
            if case .free = a.slot {} else { updateAgent(username) { $0.free(at: now) } }
            apply(status, to: username)
        case .working(let c) where contacts[c]?.phase == .afterContactWork:
            // Choosing a status while only in after contact work clears it at once.
            updateAgent(username) { $0.nextStatus = status == .available ? nil : status }
            clearContact(c, by: username)
            apply(status, to: username)
        case .offered, .working:
            // Choosing Available cancels a pending next status.
            updateAgent(username) { $0.nextStatus = status == a.status ? nil : status }
            emit(.nextStatus(agent: AgentID(username), status: agent(username)?.nextStatus))
        }
        dispatch()
    }

    func apply(_ status: AgentStatus, to username: String) {
        updateAgent(username) {
            if $0.status != status { $0.statusSince = now }
            $0.status = status
            $0.nextStatus = nil
            $0.idleSince = now
        }
        emit(.statusChanged(agent: AgentID(username), status: status))
    }
}
