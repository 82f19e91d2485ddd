import Scenario
import Telephony

/// Expectations that can never hold, whatever happens in the run: a banner the CCP never shows, a status no agent
/// of the scenario can have, a caller state that does not exist, a party no call of the scenario can hold. One
/// judgement for `termccp check` of a script and of a lesson (LessonCheck), so the two never disagree. Without an
/// engine (the scenario did not load) only what needs no scenario is judged: banners and caller states.
public enum ExpectationReach {
    public struct Finding: Equatable, Sendable {
        /// The word of the line at fault, for a column.
        public var word: String
        public var message: String
        public var fix: String
    }

    /// What is wrong with `e`; `consequence` ends each message ("so this goal can never be met").
    public static func findings(_ e: Expectation, engine: Engine?, consequence: String) -> [Finding] {
        switch e {
        case .banner(_, let text):
            let banners = Banner.allCases.map(\.rawValue)
            guard !banners.contains(where: { $0.lowercased() == text.lowercased() }), text.lowercased() != "no contact" else { return [] }
            return [Finding(word: firstWord(text), message: "the CCP never shows the banner \"\(ScriptText.short(text))\", so \(consequence)",
                            fix: NameSuggestion.fix(for: text, among: banners, known: "banners"))]
        case .status(_, let text), .nextStatus(_, let text?):
            // Without the scenario its custom statuses are unknown, so no status is judged.
            guard let engine else { return [] }
            let statuses = ["Available", "Offline", "Missed", "Monitoring", "Barged in"] + engine.config.customStatuses
            guard !statuses.contains(where: { $0.lowercased() == text.lowercased() }) else { return [] }
            return [Finding(word: firstWord(text),
                            message: "no agent can have the status \"\(ScriptText.short(text))\" in this scenario, so \(consequence)",
                            fix: NameSuggestion.fix(for: text, among: statuses, known: "statuses"))]
        case .caller(_, let state):
            let states = CallerView.State.allCases.map(\.rawValue)
            guard !states.contains(where: { $0.lowercased() == state.lowercased() }) else { return [] }
            return [Finding(word: firstWord(state), message: "a caller is never \"\(ScriptText.short(state))\", so \(consequence)",
                            fix: NameSuggestion.fix(for: state, among: states, known: "caller states"))]
        case .party(_, let handle, let state):
            guard let engine, !Engine.isDiallable(handle) else { return [] }
            let names = partyNames(engine)
            guard !names.contains(where: { $0.lowercased() == handle.lowercased() }) else { return [] }
            // `absent` of a party that can never be there holds at once: it checks nothing, which is as wrong.
            let so = state == "absent" ? "so this always holds and checks nothing" : "so \(consequence)"
            return [Finding(word: handle, message: "no party named \"\(ScriptText.short(handle))\" can be on a call in this scenario, \(so)",
                            fix: NameSuggestion.fix(for: handle, among: names, known: "parties"))]
        default:
            return []
        }
    }

    /// What a party row can be named by (its handle or its label, AgentViewBuilder): the caller, each agent by
    /// username, first or display name, each queue, quick connect and external by name; any phone number is a
    /// party's number, so numbers are not judged.
    static func partyNames(_ engine: Engine) -> [String] {
        let config = engine.config
        var names = ["customer", "Internal transfer"]
        for a in config.agents { names += [a.username, a.firstName, a.displayName] }
        names += config.queues.map(\.name) + config.quickConnects.map(\.name) + config.externals.map(\.name)
        var seen = Set<String>()
        return names.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    private static func firstWord(_ text: String) -> String {
        String(text.split(separator: " ").first ?? Substring(text))
    }
}
