/// Arithmetic on timestamps and durations (docs/language.md, "Time"), on whole milliseconds, the
/// precision timestamps print with: timestamp ± duration, timestamp − timestamp, duration ±
/// duration, duration × number, duration ÷ number and duration ÷ duration. A result outside the
/// timestamps afq can write, or longer than a duration can be, is an error that names the
/// operation, never a value that prints as something else.
enum TimeArithmetic {
    /// The result, or nil when `op` does not apply to these operand types.
    static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value, range: SourceRange) throws(RuntimeError) -> Value? {
        switch (l, r, op) {
        case (.timestamp(let t), .duration(let d), .add), (.timestamp(let t), .duration(let d), .subtract):
            let base = try milliseconds(of: t, l, op, r, range)
            let moved = op == .add ? base + d.milliseconds : base - d.milliseconds
            guard Double(moved) >= Timestamp.firstMillisecond, Double(moved) <= Timestamp.lastMillisecond else {
                throw outOfRange(l, op, r, range)
            }
            return .timestamp(Timestamp(secondsSince1970: Double(moved) / 1000))
        case (.duration(let d), .timestamp(let t), .add):
            return try apply(.add, .timestamp(t), .duration(d), range: range)
        case (.timestamp(let a), .timestamp(let b), .subtract):
            let difference = try milliseconds(of: a, l, op, r, range) - milliseconds(of: b, l, op, r, range)
            guard let span = TimeSpan(milliseconds: difference) else { throw outOfRange(l, op, r, range) }
            return .duration(span)
        case (.duration(let a), .duration(let b), .add), (.duration(let a), .duration(let b), .subtract):
            let total = op == .add ? a.milliseconds + b.milliseconds : a.milliseconds - b.milliseconds
            guard let span = TimeSpan(milliseconds: total) else { throw outOfRange(l, op, r, range) }
            return .duration(span)
        case (.duration(let a), .duration(let b), .divide):
            guard b.milliseconds != 0 else { throw .divisionByZero(range) }
            return .number(Double(a.milliseconds) / Double(b.milliseconds))
        case (.duration(let d), .number(let n), .multiply), (.number(let n), .duration(let d), .multiply):
            guard let span = TimeSpan(rounding: Double(d.milliseconds) * n) else { throw outOfRange(l, op, r, range) }
            return .duration(span)
        case (.duration(let d), .number(let n), .divide):
            guard n != 0 else { throw .divisionByZero(range) }
            guard let span = TimeSpan(rounding: Double(d.milliseconds) / n) else { throw outOfRange(l, op, r, range) }
            return .duration(span)
        default:
            return nil
        }
    }

    /// A timestamp's whole milliseconds; one from recorded data outside the range has none.
    private static func milliseconds(
        of instant: Timestamp, _ l: Value, _ op: BinaryOperator, _ r: Value, _ range: SourceRange
    ) throws(RuntimeError) -> Int64 {
        guard instant.isRepresentable else { throw outOfRange(l, op, r, range) }
        return Int64((instant.secondsSince1970 * 1000).rounded())
    }

    private static func outOfRange(_ l: Value, _ op: BinaryOperator, _ r: Value, _ range: SourceRange) -> RuntimeError {
        var makesDuration = true
        switch (l, op, r) {
        case (.timestamp, .add, .duration), (.duration, .add, .timestamp), (.timestamp, .subtract, .duration):
            makesDuration = false
        default: break
        }
        return .timeOutOfRange(
            operation: operand(l) + " " + op.rawValue + " " + operand(r), makesDuration: makesDuration, range)
    }

    private static func operand(_ value: Value) -> String {
        switch value {
        case .duration(let d): return d.literal
        default: return value.plainText ?? value.typeName
        }
    }
}
