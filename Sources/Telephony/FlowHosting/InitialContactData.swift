/// What a contact starts with before its first flow runs: a test case's `InitializationData`, "the initial custom
/// attributes for your test" (API_CreateTestCase; docs/connect-testing-language.md §3).
extension Engine {
    /// Sets user-defined attributes (`$.Attributes.*`, each announced as set) and segment attributes
    /// (`$.SegmentAttributes.*`) on `contact`, in key order. Call it before the contact's flow takes its first step.
    public func setInitialData(of contact: ContactID, attributes: [String: String], segmentAttributes: [String: String]) {
        guard contacts[contact] != nil else { return }
        noteStateChange()
        updateContact(contact) { c in
            for key in attributes.keys.sorted() { c.setAttribute(key, attributes[key]!) }
            for (key, value) in segmentAttributes { c.flowData.segmentAttributes[key] = value }
        }
        for key in attributes.keys.sorted() { emit(.attributeSet(contact: contact, key: key, value: attributes[key]!)) }
    }
}
