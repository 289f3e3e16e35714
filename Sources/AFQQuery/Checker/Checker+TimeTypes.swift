/// The types of operators on timestamps and durations (docs/language.md, "Time"), and the
/// mix-ups the checker refuses before anything runs: a duration is not a number, so `age(ts) >
/// 90` or `registeredAt - 90` would mean nothing, and the fix is to give the number a unit.
/// Only types the checker knows count: an operand of unknown type (`any`) is left to run time.
extension Checker {
    /// The result type of `op` when an operand is a timestamp or a duration; nil when neither is
    /// (or the other is unknown), so the usual typing applies.
    static func timeType(
        _ op: BinaryOperator, _ left: (expression: Expression, type: SchemaType),
        _ right: (expression: Expression, type: SchemaType), range: SourceRange
    ) throws(CheckError) -> SchemaType? {
        let (l, r) = (left.type, right.type)
        let involvesTime = [l, r].contains { $0 == .duration || $0 == .timestamp }
        guard involvesTime else { return nil }
        if l == .any || r == .any {
            switch op {
            case .add, .subtract, .multiply, .divide, .remainder: return .any
            default: return nil
            }
        }
        switch op {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            if l == .duration, r != .duration { throw comparison(op, against: right, range) }
            if r == .duration, l != .duration { throw comparison(op, against: left, range) }
            return nil
        case .add, .subtract, .multiply, .divide, .remainder:
            if let result = arithmetic(op, l, r) { return result }
            throw arithmeticMixUp(op, left, right, range)
        default:
            return nil
        }
    }

    /// What arithmetic on timestamps and durations makes; nil for what it cannot do.
    private static func arithmetic(_ op: BinaryOperator, _ l: SchemaType, _ r: SchemaType) -> SchemaType? {
        switch (l, op, r) {
        case (.timestamp, .add, .duration), (.duration, .add, .timestamp), (.timestamp, .subtract, .duration):
            return .timestamp
        case (.timestamp, .subtract, .timestamp), (.duration, .add, .duration), (.duration, .subtract, .duration),
            (.duration, .multiply, .number), (.number, .multiply, .duration), (.duration, .divide, .number):
            return .duration
        case (.duration, .divide, .duration):
            return .number
        default:
            return nil
        }
    }

    /// `age(registeredAt) > 90`: the number wants a unit.
    private static func comparison(
        _ op: BinaryOperator, against operand: (expression: Expression, type: SchemaType), _ range: SourceRange
    ) -> CheckError {
        let other = operand.type
        let help: String
        switch (other, operand.expression) {
        case (.number, .literal(.number(let n), _)) where n == n.rounded() && abs(n) < 1e9:
            help =
                "write the number with a unit: `\(Value.numberText(n))d`, `\(Value.numberText(n))h` or "
                + "`\(Value.numberText(n))s`"
        case (.number, _):
            help = "give the number a unit: `n * 1d` is n days as a duration"
        case (.string, .literal(.string(let text), _)) where TimeSpan(literal: text) != nil:
            help = "write the duration without quotes: `\(text)`"
        default:
            help = "compare a duration with a duration, such as `90d` or `now() - registeredAt`"
        }
        return .mixedTypes(
            "cannot compare a duration with a \(other.displayName) using `\(op.rawValue)`",
            label: "a duration is not a \(other.displayName)", help: help, range)
    }

    /// `registeredAt - 90`, `age(ts) + 1`, `2 / 1d`: the operators' rules, with a fix.
    private static func arithmeticMixUp(
        _ op: BinaryOperator, _ left: (expression: Expression, type: SchemaType),
        _ right: (expression: Expression, type: SchemaType), _ range: SourceRange
    ) -> CheckError {
        let (l, r) = (left.type, right.type)
        let message = "`\(op.rawValue)` cannot combine a \(l.displayName) and a \(r.displayName)"
        let label = RuntimeError.operatorUse[op.rawValue] ?? "`\(op.rawValue)` works on numbers"
        let help: String
        switch (l, op, r) {
        case (.timestamp, .add, .number), (.timestamp, .subtract, .number), (.duration, .add, .number),
            (.duration, .subtract, .number):
            if case .literal(.number(let n), _) = right.expression, n == n.rounded(), abs(n) < 1e9 {
                help =
                    "write the number with a unit: `\(Value.numberText(n))d`, `\(Value.numberText(n))h` or "
                    + "`\(Value.numberText(n))s`"
            } else {
                help = "give the number a unit: `n * 1d` is n days as a duration"
            }
        case (.number, .add, .duration), (.number, .subtract, .duration), (.number, .add, .timestamp):
            help = "give the number a unit: `n * 1d` is n days as a duration"
        case (.timestamp, .add, .timestamp):
            help = "subtract one timestamp from the other to get the duration between them"
        case (.duration, .divide, _), (_, .divide, .duration):
            help = "divide a duration by a number, or by a duration for a ratio: `age(ts) / 1d` is days as a number"
        default:
            help = "see \"Time\" in docs/language.md for what timestamps and durations combine with"
        }
        return .mixedTypes(message, label: label, help: help, range)
    }
}
