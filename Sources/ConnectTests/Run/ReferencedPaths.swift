extension TestCase {
    /// Every JSONPath the test case reads from the contact: Assert namespaces, paths in LogData values and in
    /// dynamic message texts and prompt ids. Read once more as the call ends, since a contact whose call is
    /// over lives on only as its record and TestCompleted checks still read it.
    public var referencedPaths: Set<String> {
        var paths = Set<String>()
        func scan(_ text: String) { _ = ObservationRunner.replacingPaths(in: text) { paths.insert($0); return "" } }
        for observation in observations {
            if case .messageReceived(let m) = observation.event.kind {
                switch m.expected {
                case .text(let t)?, .ssml(let t)?, .promptId(let t)?: scan(t)
                case nil: break
                }
            }
            for action in observation.actions {
                switch action.kind {
                case .assert(let a): paths.insert(a.namespace)
                case .logData(let expressions): for e in expressions { scan(e.value) }
                default: break
                }
            }
        }
        return paths
    }
}
