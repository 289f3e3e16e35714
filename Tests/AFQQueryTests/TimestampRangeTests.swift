import AFQQuery
import Testing

/// Timestamps afq can write as ISO 8601 and read back: years 0001 to 9999 (docs/language.md,
/// "Values"). Formatting is total: any `Double` gives text, never a trap.
@Suite struct TimestampRangeTests {
    @Test(arguments: [
        (-62_135_596_800.0, "0001-01-01T00:00:00Z"),
        (253_402_300_799.999, "9999-12-31T23:59:59.999Z"),
        (0, "1970-01-01T00:00:00Z"),
        (-0.0004, "1970-01-01T00:00:00Z"),
        (-0.25, "1969-12-31T23:59:59.750Z"),
    ])
    func formatsTheEndsOfTheRange(seconds: Double, text: String) {
        let timestamp = Timestamp(secondsSince1970: seconds)
        #expect(timestamp.isRepresentable)
        #expect(timestamp.iso8601 == text)
        #expect(Timestamp(iso8601: text).map { abs($0.secondsSince1970 - seconds) < 0.001 } == true)
    }

    /// Past either end, or not a number at all: the epoch seconds as numbers print, not a year
    /// no reader takes. 253402300799.9996 rounds to year 10000's first millisecond.
    @Test(arguments: [
        (1e20, "1e+20"), (-1e20, "-1e+20"), (253_402_300_800, "253402300800"),
        (253_402_300_799.9996, "253402300799.9996"), (-62_135_596_800.001, "-62135596800.001"),
        (Double.nan, "NaN"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ])
    func anyDoubleFormatsWithoutTrapping(seconds: Double, text: String) {
        let timestamp = Timestamp(secondsSince1970: seconds)
        #expect(!timestamp.isRepresentable)
        #expect(timestamp.iso8601 == text)
    }

    /// Year 0000, and offsets that carry a date in range past either end.
    @Test(arguments: [
        "0000-01-01", "0000-12-31T23:59:59Z", "0001-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01",
    ])
    func refusesISOTextOutsideTheRange(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
        #expect(Timestamp(iso8601Syntax: text) != nil)
    }
}
