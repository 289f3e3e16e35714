/// Plain text for scalar values, shared by functions such as `join` and by the renderers.
extension Value {
    /// 2^63 as a Double: integral values below it in magnitude fit an `Int64` exactly.
    private static let int64Bound = 9_223_372_036_854_775_808.0

    /// The one spelling of numbers in every format (docs/language.md, "Output"): integral numbers
    /// without a decimal point (`3`, `-1`, `1000000`), others in Swift's shortest round-trip form
    /// (`1.5`, `0.1`, `1e-07`). Not-a-number and infinities, which the evaluator does not produce,
    /// read `NaN`, `Infinity` and `-Infinity`; JSON writes them as `null`.
    public static func numberText(_ n: Double) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n < 0 ? "-Infinity" : "Infinity" }
        if n.rounded(.towardZero) == n, abs(n) < int64Bound {
            return String(Int64(n))
        }
        return n.description
    }

    /// A scalar's text (strings unquoted, timestamps ISO 8601, durations readable: `1d 12h`); nil
    /// for null, lists and records.
    public var plainText: String? {
        switch self {
        case .null, .list, .record: return nil
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return Value.numberText(n)
        case .string(let s): return s
        case .timestamp(let t): return t.iso8601
        case .duration(let d): return d.readable
        }
    }
}
