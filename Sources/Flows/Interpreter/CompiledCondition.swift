import Foundation

/// A Condition of docs §3.1 read once: its operator decided and a number operand parsed, so that
/// checking a value compares and parses only the value. Number operators are false when either
/// side is not a number; an unknown operator never holds.
struct CompiledCondition: Sendable {
    private enum Comparison: Sendable {
        case greater, greaterOrEqual, less, lessOrEqual

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .greater: a > b
            case .greaterOrEqual: a >= b
            case .less: a < b
            case .lessOrEqual: a <= b
            }
        }
    }

    private enum Test: Sendable {
        case equals(String)
        case startsWith(String)
        case endsWith(String)
        case contains(String)
        case number(Comparison, Double)
        case never
    }

    private let test: Test

    init(_ condition: FlowCondition) {
        guard let operand = condition.operands.first else { test = .never; return }
        let comparison: Comparison? = switch condition.operatorName {
        case "NumberGreaterThan": .greater
        case "NumberGreaterOrEqualTo": .greaterOrEqual
        case "NumberLessThan": .less
        case "NumberLessOrEqualTo": .lessOrEqual
        default: nil
        }
        if let comparison {
            test = Self.number(operand).map { .number(comparison, $0) } ?? .never
            return
        }
        switch condition.operatorName {
        case "Equals": test = .equals(operand)
        case "TextStartsWith": test = .startsWith(operand)
        case "TextEndsWith": test = .endsWith(operand)
        case "TextContains": test = .contains(operand)
        default: test = .never
        }
    }

    func holds(for value: String) -> Bool {
        switch test {
        case .equals(let operand): return value == operand
        case .startsWith(let operand): return value.hasPrefix(operand)
        case .endsWith(let operand): return value.hasSuffix(operand)
        case .contains(let operand): return value.contains(operand)
        case .number(let comparison, let operand): return Self.number(value).map { comparison.holds($0, operand) } ?? false
        case .never: return false
        }
    }

    /// Whole numbers, the usual case (metrics, digits, counters), are read without the C library;
    /// others as decimals, trimmed of spaces.
    private static func number(_ s: String) -> Double? {
        if let whole = Int(s) { return Double(whole) }
        return Double(s) ?? Double(s.trimmingCharacters(in: .whitespaces))
    }
}
