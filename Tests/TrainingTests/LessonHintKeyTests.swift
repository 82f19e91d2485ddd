import CCP
import Foundation
import Telephony
import Testing
import Training

/// Every key a built-in lesson's hint names works at the point the hint is shown: pressed there, it is
/// not a refused move (issue 11 review 2, point 2: the phone-number lesson offered `h (Resume all)` when
/// the caller was alone on hold, where the CCP refuses Hold all). Each lesson is walked goal by goal; at
/// each goal a fresh trainee is brought to that point and presses each key its hint names.
@Suite struct LessonHintKeyTests {
    /// One goal of a walkthrough: what the trainee waits for before acting (the goal being current comes
    /// first), then the keys that meet it.
    struct Step {
        var ready: (Trainee) -> Void = { _ in }
        var keys: String
    }

    /// The keys a hint names, each as a letter followed by its button's label in brackets ("press o
    /// (Resume)"); a hint that has the trainee press Down first ("Press Down to select …") gets ↓ before them.
    static func namedKeys(_ hint: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:^|[\s,])([a-z]) \([A-Z][^)]*\)"#)
        let range = NSRange(hint.startIndex..., in: hint)
        let down = hint.contains("Press Down") ? "↓" : ""
        return pattern.matches(in: hint, range: range).compactMap { match in
            Range(match.range(at: 1), in: hint).map { down + hint[$0] }
        }
    }

    static func trainee(_ lesson: String, after steps: ArraySlice<Step>) throws -> Trainee {
        let t = try Trainee(lesson)
        for (i, step) in zip(steps.indices, steps) {
            t.waitForGoal(i + 1)
            step.ready(t)
            t.press(step.keys)
        }
        t.waitForGoal(steps.count + 1)
        return t
    }

    func checkHints(_ lesson: String, _ steps: [Step], sourceLocation: SourceLocation = #_sourceLocation) throws {
        var checked = 0
        for (goal, step) in steps.enumerated() {
            let probe = try Self.trainee(lesson, after: steps[..<goal])
            #expect(probe.run.currentGoal == goal, "\(lesson) goal \(goal + 1)", sourceLocation: sourceLocation)
            let hint = probe.run.lesson.goals[goal].hint ?? ""
            for keys in Self.namedKeys(hint) {
                let t = try Self.trainee(lesson, after: steps[..<goal])
                step.ready(t)
                t.press(keys)
                let message = t.ccp.ui.panels[0].message
                #expect(t.run.refusedMoves == 0 && message?.kind != .error,
                        "\(lesson) goal \(goal + 1): hint \"\(hint)\" names \(keys), refused: \(message?.text ?? "")",
                        sourceLocation: sourceLocation)
                checked += 1
            }
        }
        // The walkthrough itself passes the lesson, so the states probed are the lesson's own.
        let done = try Self.trainee(lesson, after: steps[...])
        #expect(done.run.phase == .passed, "\(lesson)", sourceLocation: sourceLocation)
        #expect(checked > 0, sourceLocation: sourceLocation)
    }

    static var answer: Step { Step(ready: { $0.waitForBanner(.incoming).wait(1000) }, keys: "a") }

    @Test func namedKeysReadsTheKeyBeforeEachButtonLabel() {
        #expect(Self.namedKeys("Press l (Leave) or e (End call).") == ["l", "e"])
        #expect(Self.namedKeys("Press Down to select the Internal transfer row (Maria), then o (Resume).") == ["↓o"])
        #expect(Self.namedKeys("Press q, type \"ship\", Enter.").isEmpty)
    }

    @Test func phoneNumberQuickConnectHintsNameOnlyKeysThatWorkThen() throws {
        try checkHints("phone-number-quick-connect", [
            Self.answer,
            Step(keys: "qship⏎"),
            Step(ready: { $0.wait(2000) }, keys: "n11362⎋"),
            // The caller is alone on hold once the shipping company hangs up: Hold all is refused there.
            Step(ready: { $0.waitUntil("the shipping company to hang up") { $0.view?.contact?.parties.count == 1 } },
                 keys: "o"),
            Step(keys: "e"),
            Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
    }

    @Test func rejectedTransferHintsNameOnlyKeysThatWorkThen() throws {
        try checkHints("rejected-transfer", [
            Self.answer,
            Step(keys: "q⏎"),
            Step(ready: { $0.waitUntil("Maria to reject") { $0.view?.contact?.parties.count == 1 } }, keys: "o"),
            Step(keys: "e"),
            Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
    }

    @Test func holdAndSwapHintsNameOnlyKeysThatWorkThen() throws {
        try checkHints("hold-and-swap", [
            Self.answer,
            Step(keys: "q⏎"),
            Step(keys: "h"),
            Step(keys: "↓o"),
            Step(keys: "s"),
            Step(keys: "j"),
            Step(keys: "l"),
            Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
    }

    @Test func quickConnectLessonsHintsNameOnlyKeysThatWorkThen() throws {
        try checkHints("agent-quick-connect", [
            Self.answer, Step(keys: "q⏎"), Step(keys: "j"), Step(keys: "l"), Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
        try checkHints("agent-quick-connect-end-call", [
            Self.answer, Step(keys: "q⏎"), Step(keys: "e"), Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
        try checkHints("queue-quick-connect", [
            Self.answer, Step(keys: "qpass⏎"),
            Step(ready: { $0.waitUntil("Maria on the line") { $0.banner == .connected && $0.hears("maria") } }, keys: ""),
            Step(keys: "l"), Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
    }

    @Test func takeACallAndMissedCallHintsNameOnlyKeysThatWorkThen() throws {
        try checkHints("take-a-call", [
            Self.answer, Step(keys: ""), Step(keys: "e"), Step(ready: { $0.wait(2000) }, keys: "c"),
        ])
        try checkHints("missed-call-next-status", [
            Step(ready: { $0.waitForBanner(.missed) }, keys: ""), Step(keys: "c"), Self.answer,
            Step(keys: "tlu⏎"), Step(keys: "e"), Step(ready: { $0.wait(1000) }, keys: "c"),
        ])
    }
}
