/// The timestamp argument of the time functions (docs/language.md, "Time"): a timestamp, or a
/// string holding an ISO 8601 date or instant, as comparisons read one; null stays null.
enum TimeArgument {
    static func instant(_ arguments: [Value], _ position: Int, _ call: CallSite) throws(RuntimeError) -> Timestamp? {
        switch arguments[position] {
        case .null:
            return nil
        case .timestamp(let instant):
            // Recorded data keeps out-of-range instants as numbers, so this holds; it is checked
            // all the same, as calendar fields of such an instant would be wrong.
            guard instant.isRepresentable else {
                throw .invalidTimestamp(instant.iso8601, call.argumentRange(position))
            }
            return instant
        case .string(let text):
            guard let instant = Timestamp(iso8601: text) else {
                throw .invalidTimestamp(text, call.argumentRange(position))
            }
            return instant
        case let other:
            throw call.argumentError(position, expected: "a timestamp", got: other)
        }
    }

    /// The UTC calendar date of an instant in range, and its days since 1970-01-01.
    static func civil(_ instant: Timestamp) -> (year: Int, month: Int, day: Int, days: Int) {
        let milliseconds = Int64((instant.secondsSince1970 * 1000).rounded())
        let days = Int(floorDivision(milliseconds, 86_400_000))
        let (year, month, day) = Timestamp.civilFromDays(days)
        return (year, month, day, days)
    }

    private static func floorDivision(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
