import Flows
import Foundation
import Telephony

/// Times loading, validating and compiling for the interpreter a 250-action flow (the flow language's limit), as an export
/// would look: string scalars, conditions, error branches, metadata (docs §3.1, §3.6).
enum FlowLoadBench {
    static func flowJSON(actions count: Int) -> Data {
        var actions: [[String: Any]] = []
        for i in 0..<count {
            let next = i + 1 < count ? "a\(i + 1)" : "end"
            let action: [String: Any]
            switch i % 4 {
            case 0:
                action = ["Identifier": "a\(i)", "Type": "MessageParticipant",
                          "Parameters": ["Text": "Step \(i): thank you, $.Attributes.name."],
                          "Transitions": ["NextAction": next, "Errors": [["NextAction": "end", "ErrorType": "NoMatchingError"]]]]
            case 1:
                action = ["Identifier": "a\(i)", "Type": "UpdateContactAttributes",
                          "Parameters": ["Attributes": ["step": "\(i)", "name": "$.CustomerEndpoint.Address"], "TargetContact": "Current"],
                          "Transitions": ["NextAction": next, "Errors": [["NextAction": "end", "ErrorType": "NoMatchingError"]]]]
            case 2:
                action = ["Identifier": "a\(i)", "Type": "Compare", "Parameters": ["ComparisonValue": "$.Attributes.step"],
                          "Transitions": ["NextAction": next, "Conditions": [
                              ["NextAction": next, "Condition": ["Operator": "NumberGreaterThan", "Operands": ["0"]]],
                          ], "Errors": [["NextAction": next, "ErrorType": "NoMatchingCondition"]]]]
            default:
                action = ["Identifier": "a\(i)", "Type": "GetParticipantInput",
                          "Parameters": ["Text": "Press 1", "InputTimeLimitSeconds": "5", "StoreInput": "False"],
                          "Transitions": ["NextAction": next, "Conditions": [
                              ["NextAction": next, "Condition": ["Operator": "Equals", "Operands": ["1"]]],
                          ], "Errors": [["NextAction": next, "ErrorType": "InputTimeLimitExceeded"],
                                        ["NextAction": next, "ErrorType": "NoMatchingCondition"],
                                        ["NextAction": "end", "ErrorType": "NoMatchingError"]]]]
            }
            actions.append(action)
        }
        actions[count - 1] = ["Identifier": "end", "Type": "DisconnectParticipant", "Parameters": [:], "Transitions": [:]]
        if count >= 2 {
            var last = actions[count - 2]
            var t = last["Transitions"] as? [String: Any] ?? [:]
            t["NextAction"] = "end"
            last["Transitions"] = t
            actions[count - 2] = last
        }
        let positions = Dictionary(uniqueKeysWithValues: actions.compactMap { $0["Identifier"] as? String }.map {
            ($0, ["position": ["x": 100, "y": 200]])
        })
        let flow: [String: Any] = ["Version": "2019-10-30", "StartAction": "a0",
                                   "Metadata": ["name": "Bench", "type": "contactFlow", "ActionMetadata": positions],
                                   "Actions": actions]
        return (try? JSONSerialization.data(withJSONObject: flow, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }

    /// Median and worst of `runs` passes, in milliseconds.
    static func run(runs: Int = 200) -> (median: Double, worst: Double, bytes: Int, problems: Int) {
        let data = flowJSON(actions: 250)
        var times: [Double] = []
        var problems = 0
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now
            guard let flow = try? FlowLoader.load(data: data, source: "bench.json") else { return (0, 0, data.count, -1) }
            problems = FlowValidator.validate(flow, as: .contactFlow).filter(\.isError).count
            guard FlowLibrary([flow]).hasFlow(flow.name) else { return (0, 0, data.count, -1) }
            let d = clock.now - start
            times.append(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)
        }
        times.sort()
        return (times[times.count / 2], times.last ?? 0, data.count, problems)
    }
}
