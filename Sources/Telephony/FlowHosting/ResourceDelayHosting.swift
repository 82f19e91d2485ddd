/// How a mocked `DelaySeconds` reaches a flow run: the interceptor that returned the override says how long its
/// answer takes, and hears when the run takes it (docs/connect-testing-language.md §2.4).
extension FlowActionInterceptor {
    public func takeResponseDelay(contact: ContactID) -> Millis { 0 }
    public func responseArrived(contact: ContactID, completed: Bool) {}
}

extension RunHost {
    func takeResponseDelay() -> Millis {
        engine.flowActionInterceptor?.takeResponseDelay(contact: contactId) ?? 0
    }

    func responseArrived(completed: Bool) {
        engine.flowActionInterceptor?.responseArrived(contact: contactId, completed: completed)
    }
}
