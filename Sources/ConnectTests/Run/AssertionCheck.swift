import Foundation

/// An `Assert` evaluated against the value its Namespace read (docs/connect-testing-language.md §2.4):
/// `Equals` is exact; the `Text…` operators compare text as written (case counts); the `Number…` operators
/// read both sides as decimal numbers and fail when the value is not one; `Exists` passes on any non-empty
/// value. A value that does not resolve is empty, so every operator but `Exists` fails on it (and `Exists` too).
public enum AssertionCheck {
    /// nil when the check holds, else why it does not (for the failure report).
    public static func failure(of assertion: Assertion, actual: String?) -> String? {
        let value = actual ?? ""
        let operand = assertion.operand ?? ""
        switch assertion.comparison {
        case .exists:
            return value.isEmpty ? "it has no value" : nil
        case .equals:
            return value == operand ? nil : "it is not equal"
        case .textStartsWith:
            return value.hasPrefix(operand) ? nil : "it does not start with the operand"
        case .textEndsWith:
            return value.hasSuffix(operand) ? nil : "it does not end with the operand"
        case .textContains:
            return value.contains(operand) ? nil : "it does not contain the operand"
        case .numberGreaterThan, .numberGreaterOrEqualTo, .numberLessThan, .numberLessOrEqualTo:
            guard let a = number(value) else { return value.isEmpty ? "it has no value" : "it is not a number" }
            guard let b = number(operand) else { return "the operand is not a number" }
            let holds: Bool
            switch assertion.comparison {
            case .numberGreaterThan: holds = a > b
            case .numberGreaterOrEqualTo: holds = a >= b
            case .numberLessThan: holds = a < b
            default: holds = a <= b
            }
            return holds ? nil : "the comparison does not hold"
        }
    }

    private static func number(_ text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
    }
}
