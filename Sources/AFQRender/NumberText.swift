/// The one spelling of numbers shared by every format (afq-language §8).
enum NumberText {
    /// 2^63 as a Double: integral values below it in magnitude fit an `Int64` exactly.
    private static let int64Bound = 9_223_372_036_854_775_808.0

    /// Integral numbers without a decimal point (`3`, `-1`, `1000000`); others in Swift's shortest
    /// round-trip form (`1.5`, `0.1`, `1e-07`, `1e+20`). Not-a-number and infinities, which afq's
    /// evaluator does not produce, read `NaN`, `Infinity` and `-Infinity`; JSON writes them as `null`.
    static func text(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        if number.rounded(.towardZero) == number, abs(number) < int64Bound {
            return String(Int64(number))
        }
        return number.description
    }
}
