import Telephony

/// JSONPath references in parameters that stand for a whole value (`$.Queue.Name`); references
/// inside text are a TextTemplate (docs §3.1 parameter restrictions).
enum References {
    /// `$.` and no space, read as bytes: this runs for every parameter a flow resolves.
    static func isReference(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "$"), bytes.next() == UInt8(ascii: ".") else { return false }
        while let b = bytes.next() { if b == UInt8(ascii: " ") { return false } }
        return true
    }

    /// A whole-value reference resolves or is nil; plain text is returned as it is.
    static func resolveWhole(_ text: String, host: any FlowHost) -> String? {
        isReference(text) ? host.value(of: text) : text
    }

    /// A parameter value read as text after resolving a whole-value reference; nil if it does not resolve.
    static func text(_ key: String, of action: FlowAction, host: any FlowHost) -> String? {
        guard let raw = action.text(key) else { return nil }
        return resolveWhole(raw, host: host)
    }

    /// The same, from the parameters read when the action was compiled.
    static func text(_ key: String, of compiled: CompiledAction, host: any FlowHost) -> String? {
        guard let raw = compiled.text(key) else { return nil }
        return resolveWhole(raw, host: host)
    }
}
