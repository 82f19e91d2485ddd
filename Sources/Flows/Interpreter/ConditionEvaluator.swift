import Telephony

/// The condition operators of docs §3.1. Number operators are false when either side is not a number.
enum ConditionEvaluator {
    static func holds(_ condition: FlowCondition, for value: String) -> Bool {
        guard let operand = condition.operands.first else { return false }
        switch condition.operatorName {
        case "Equals": return value == operand
        case "TextStartsWith": return value.hasPrefix(operand)
        case "TextEndsWith": return value.hasSuffix(operand)
        case "TextContains": return value.contains(operand)
        case "NumberGreaterThan": return compare(value, operand, >)
        case "NumberGreaterOrEqualTo": return compare(value, operand, >=)
        case "NumberLessThan": return compare(value, operand, <)
        case "NumberLessOrEqualTo": return compare(value, operand, <=)
        default: return false
        }
    }

    /// Most values are plain numbers; only the others pay for trimming.
    private static func number(_ s: String) -> Double? {
        Double(s) ?? Double(s.trimmingCharacters(in: .whitespaces))
    }

    private static func compare(_ a: String, _ b: String, _ op: (Double, Double) -> Bool) -> Bool {
        guard let x = number(a), let y = number(b) else { return false }
        return op(x, y)
    }
}
