import Foundation

/// The instant a request is signed, in whole seconds since 1970-01-01 UTC.
///
/// The caller supplies it (the clock is injected, never read by the signer), so signing is a
/// pure function and tests are reproducible.
public struct SigningDate: Sendable, Hashable {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// Truncates a Foundation date to whole seconds.
    public init(_ date: Date) {
        self.init(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// `yyyyMMdd'T'HHmmss'Z'` in UTC, e.g. `20150830T123600Z` (IAM User Guide, "Elements of an
    /// AWS API request signature", "Date").
    public var amzDate: String {
        let (year, month, day) = civilDate
        let secondOfDay = Int(secondsSince1970 - days * 86_400)
        return pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2)
            + pad(secondOfDay / 60 % 60, 2) + pad(secondOfDay % 60, 2) + "Z"
    }

    /// The first eight characters of `amzDate`, e.g. `20150830`: the date of the credential scope.
    public var dateStamp: String { String(amzDate.prefix(8)) }

    private var days: Int64 {
        secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
    }

    /// Days since the epoch to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`).
    private var civilDate: (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
