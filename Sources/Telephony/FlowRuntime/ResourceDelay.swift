/// A resource that answers after some virtual time: a test's mocked `DelaySeconds`
/// (docs/connect-testing-language.md §2.4, OverrideSystemBehavior). Nothing else delays an answer, so hosts and
/// interceptors answer at once by default.
extension FlowHost {
    public func takeResponseDelay() -> Millis { 0 }
    public func responseArrived(completed: Bool) {}
}
