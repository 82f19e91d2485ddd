import Telephony

/// The coloured bar naming the contact's state with its timer, and the line below it
/// (number, queue, how the contact started).
enum ContactBanner {
    static func role(_ banner: Banner) -> StyleRole {
        switch banner {
        case .incoming, .callbackIncoming: return .bannerIncoming
        case .connecting: return .bannerConnecting
        case .connected: return .bannerConnected
        case .onHold: return .bannerHold
        case .missed: return .bannerMissed
        case .afterContactWork: return .bannerACW
        }
    }

    static func draw(_ view: AgentView, now: Millis, in row: Rect, on canvas: inout Canvas) {
        guard let contact = view.contact else {
            let text = view.statusKind == .routable ? "Waiting for a contact" : "No contact"
            canvas.put(text, x: row.x, y: row.y, width: row.width, role: .bannerIdle, clip: row)
            return
        }
        let role = role(contact.banner)
        canvas.fill(row, role: role)
        var timer = TimeText.clock(now - contact.bannerSince)
        if let ends = contact.acwEndsAt { timer += " \(canvas.glyphs.separator) ends in \(TimeText.clock(ends - now))" }
        // An offer is missed when the accept window runs out (docs §6 rule 5): the CCP counts down.
        if contact.banner == .incoming || contact.banner == .callbackIncoming {
            let left = max(0, contact.bannerSince + Engine.acceptWindow - now)
            timer += " \(canvas.glyphs.separator) missed in \(TimeText.clock(left))"
        }
        let timerX = canvas.putRight(timer + " ", y: row.y, role: role, clip: row)
        canvas.put(" " + contact.banner.rawValue, x: row.x, y: row.y, width: timerX - row.x - 1, role: role, clip: row)
    }

    static func detail(_ contact: ContactView, glyphs: Glyphs) -> String {
        [contact.customerNumber, contact.queue, contact.initiationMethod.lowercased()]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " \(glyphs.separator) ")
    }

    static func attributes(_ contact: ContactView, glyphs: Glyphs) -> String? {
        guard !contact.attributes.isEmpty else { return nil }
        return "Attributes: " + contact.attributes.map { "\($0.key)=\($0.value)" }
            .joined(separator: " \(glyphs.separator) ")
    }
}
