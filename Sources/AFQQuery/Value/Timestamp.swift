/// An instant: seconds since 1970-01-01T00:00:00Z, as the AppFlow wire format carries it.
public struct Timestamp: Sendable, Hashable, Comparable {
    public var secondsSince1970: Double

    public init(secondsSince1970: Double) {
        self.secondsSince1970 = secondsSince1970
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// Milliseconds since 1970 of 0001-01-01T00:00:00Z and of 9999-12-31T23:59:59.999Z: the
    /// instants ISO 8601's four-digit years can write (docs/language.md, "Values"). Year 0000 is
    /// left out, as Python's `datetime` (and so the AWS CLI) cannot print it.
    static let firstMillisecond = -62_135_596_800_000.0
    static let lastMillisecond = 253_402_300_799_999.0

    /// Whether `iso8601` can write this instant and `init?(iso8601:)` read it back: years 0001 to
    /// 9999 once rounded to the millisecond afq prints; false for not-a-number and infinities.
    /// Recorded data with a timestamp outside this range keeps the number, with a warning.
    public var isRepresentable: Bool {
        let milliseconds = (secondsSince1970 * 1000).rounded()
        return milliseconds >= Timestamp.firstMillisecond && milliseconds <= Timestamp.lastMillisecond
    }
}
