/// Plain text for scalar values, shared by functions such as `join` and by the renderers.
extension Value {
    /// Integral numbers without a decimal point (afq-language §8), others in shortest round-trip form.
    public static func numberText(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 9.007_199_254_740_992e15 {
            return String(Int64(n))
        }
        return String(n)
    }

    /// A scalar's text (strings unquoted, timestamps ISO 8601); nil for null, lists and records.
    public var plainText: String? {
        switch self {
        case .null, .list, .record: return nil
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return Value.numberText(n)
        case .string(let s): return s
        case .timestamp(let t): return t.iso8601
        }
    }
}
