/// A duration of the language (docs/language.md, "Time"): a whole number of milliseconds, the
/// precision timestamps print with, so arithmetic on them is exact and `ts + d - d == ts`. Named
/// `TimeSpan` so as not to hide the standard library's `Duration`.
public struct TimeSpan: Sendable, Hashable, Comparable {
    public let milliseconds: Int64

    /// The longest duration: from the first timestamp to the last (docs/language.md, "Values"),
    /// so every difference of two timestamps is one, and every count stays below 2^53, where a
    /// `Double` holds it exactly.
    public static let limit = Int64(Timestamp.lastMillisecond - Timestamp.firstMillisecond)

    /// Nil beyond `limit` either way.
    public init?(milliseconds: Int64) {
        guard milliseconds >= -TimeSpan.limit, milliseconds <= TimeSpan.limit else { return nil }
        self.milliseconds = milliseconds
    }

    /// Rounded to the millisecond; nil for not-a-number, infinities and anything beyond `limit`.
    public init?(rounding milliseconds: Double) {
        let rounded = milliseconds.rounded()
        guard rounded.isFinite, abs(rounded) <= Double(TimeSpan.limit) else { return nil }
        self.milliseconds = Int64(rounded)
    }

    public static let zero = TimeSpan(uncheckedMilliseconds: 0)

    private init(uncheckedMilliseconds: Int64) {
        self.milliseconds = uncheckedMilliseconds
    }

    /// Seconds, the number JSON, CSV and the other formats for programs write (docs/language.md,
    /// "Time").
    public var seconds: Double { Double(milliseconds) / 1000 }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// The units of the literal syntax and of the readable text, longest first: weeks are read
    /// but never written, so 90 days prints `90d` as users wrote it, not `12w 6d`.
    static let units: [(name: String, milliseconds: Int64)] = [
        ("w", 604_800_000), ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
    ]

    /// `90d`, `1d 12h`, `-2h 30m`, `1s 500ms`; `0s` for zero: what a table shows. Without the
    /// spaces it is the literal that makes the same duration back (`literal`).
    public var readable: String { parts.joined(separator: " ") }

    /// `1d12h`: the literal syntax of this duration (with a leading `-` when negative).
    public var literal: String { parts.joined() }

    private var parts: [String] {
        guard milliseconds != 0 else { return ["0s"] }
        var rest = milliseconds.magnitude
        var parts: [String] = []
        for unit in TimeSpan.units.dropFirst() {
            let size = UInt64(unit.milliseconds)
            if rest >= size {
                parts.append(String(rest / size) + unit.name)
                rest %= size
            }
        }
        if milliseconds < 0 { parts[0] = "-" + parts[0] }
        return parts
    }
}
