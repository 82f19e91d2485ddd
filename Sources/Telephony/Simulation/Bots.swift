/// Simulated agents: they accept, reject or miss offers, greet, hang up and clear after contact
/// work as the scenario says, unless a person drives them.
extension Engine {
    /// The bot at index `i` answers the offer of `contact` if it still rings. Taken over meanwhile, the agent
    /// leaves it ringing, and the accept window the bot's answer stood in for is set in the turn it took when the
    /// offer began (`offer(_:toAgentAt:headOfLine:)`), so it runs out as it would have (docs §6 rule 5).
    func botAnswers(agentAt i: Int, contact: ContactID, accept: Bool) {
        let a = agents[i]
        guard case .offered(contact, let offeredAt) = a.slot else { return }
        guard !a.driven else {
            if case .reserved(let window)? = a.offerExpiry {
                a.offerExpiry = .set(schedule(window, .offerExpires(contact, agent: i, offeredAt: offeredAt)))
            }
            return
        }
        let username = agentName(i)
        if accept { self.accept(username) } else { reject(username) }
    }

    /// The agent at index `i` is connected to the caller.
    func botConnected(agentAt i: Int, contact: ContactID) {
        guard !agents[i].driven, let bot = agents[i].config.bot else { return }
        if bot.greeting != nil { schedule(after: 1000, .botGreets(agent: i, contact: contact)) }
        if let after = bot.hangUpAfter { schedule(after: after, .botHangsUp(agent: i, contact: contact)) }
    }

    func botGreets(_ username: String, contact: ContactID) {
        guard let a = agent(username), !a.driven, let greeting = a.config.bot?.greeting,
              a.slot == .working(contact), let c = contacts[contact], c.phase == .connected,
              !scriptSpeaks(.agent(username), on: c.callId) else { return }
        speak(.agent(username), .speech, greeting)
    }

    func botHangsUp(_ username: String, contact: ContactID) {
        guard let a = agent(username), !a.driven, a.slot == .working(contact), contacts[contact]?.phase == .connected else { return }
        endCall(username)
    }

    /// The agent at index `i` entered after contact work.
    func botEnteredACW(agentAt i: Int, contact: ContactID) {
        guard !agents[i].driven, let bot = agents[i].config.bot else { return }
        schedule(after: bot.clearAfter, .botClears(agent: i, contact: contact))
    }

    /// By index, as the timer names the agent: looking it up by name took the agent (an atomic retain and release).
    func botClears(agentAt i: Int, contact: ContactID) {
        let a = agents[i]
        guard !a.driven, a.slot.contactId == contact, clearRefusal(a) == nil else { return }
        clear(a)
    }

    /// ACW with a timeout ends by itself (docs §6 rule 6).
    func acwTimedOut(_ username: String, contact: ContactID) {
        guard case .working(contact)? = agent(username)?.slot, contacts[contact]?.phase == .afterContactWork else { return }
        emit(.afterContactWorkTimedOut(contact: contact, agent: AgentID(username)))
        clear(username)
    }
}
