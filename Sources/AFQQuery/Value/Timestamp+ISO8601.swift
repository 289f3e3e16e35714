/// ISO 8601 reading and writing without Foundation, so that every platform prints the same text.
extension Timestamp {
    /// Parses `YYYY-MM-DD`, or a date-time `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with `Z`, `±HH:MM`,
    /// `±HHMM` or no offset (read as UTC). A space may stand for the `T`. This accepts what the
    /// AWS CLI prints (Python's `isoformat()`; docs/recording.md, "What afq reads") and what users
    /// type in queries. Nil for an instant outside years 0001 to 9999 (`isRepresentable`), which an
    /// offset can reach from a date inside them.
    public init?(iso8601 text: String) {
        guard let instant = Timestamp(iso8601Syntax: text), instant.isRepresentable else { return nil }
        self = instant
    }

    /// `init?(iso8601:)` without the range check: year 0000, or an offset past either end.
    public init?(iso8601Syntax text: String) {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.skip("-"),
            let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(Timestamp.daysFromCivil(year: year, month: month, day: day)) * 86_400
        if scanner.isAtEnd {
            self.init(secondsSince1970: seconds)
            return
        }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.digits(2), scanner.skip(":"),
            let minute = scanner.digits(2),
            hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if scanner.skip(":") {
            guard let second = scanner.digits(2), second <= 60 else { return nil }
            seconds += Double(second)
            if scanner.skip(".") || scanner.skip(",") {
                guard let fraction = scanner.fraction() else { return nil }
                seconds += fraction
            }
        }
        if scanner.skip("Z") || scanner.skip("z") {
        } else if let sign = scanner.sign() {
            guard let offsetHours = scanner.digits(2) else { return nil }
            _ = scanner.skip(":")
            guard let offsetMinutes = scanner.digits(2), offsetHours < 24, offsetMinutes < 60 else {
                return nil
            }
            seconds -= Double(sign * (offsetHours * 3600 + offsetMinutes * 60))
        }
        guard scanner.isAtEnd else { return nil }
        self.init(secondsSince1970: seconds)
    }

    /// `2023-05-04T12:00:00Z`, with milliseconds only when the instant has a fraction
    /// (docs/language.md, "Output"). An instant outside years 0001 to 9999, which no reader makes
    /// (`isRepresentable`), is written as its epoch seconds (`Value.numberText`) rather than as text
    /// no ISO 8601 reader takes, so any `Double` formats without trapping.
    public var iso8601: String {
        guard isRepresentable else { return Value.numberText(secondsSince1970) }
        // In range, milliseconds fit an Int64 exactly (they are below 2^53).
        let totalMilliseconds = Int64((secondsSince1970 * 1000).rounded())
        let wholeSeconds = floorDivision(totalMilliseconds, 1000)
        let milliseconds = totalMilliseconds - wholeSeconds * 1000
        let days = Int(floorDivision(wholeSeconds, 86_400))
        let secondOfDay = Int(wholeSeconds - Int64(days) * 86_400)
        let (year, month, day) = Timestamp.civilFromDays(days)
        var text =
            pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if milliseconds != 0 { text += "." + pad(Int(milliseconds), 3) }
        return text + "Z"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private func floorDivision(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

private func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(abs(n))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return n < 0 ? "-" + padded : padded
}

/// A cursor over ASCII bytes for the fixed-width fields of ISO 8601.
private struct DigitScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func digits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var n = 0
        for byte in bytes[position..<position + count] {
            guard byte >= 48 && byte <= 57 else { return nil }
            n = n * 10 + Int(byte - 48)
        }
        position += count
        return n
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = position
        while position < bytes.count, bytes[position] >= 48 && bytes[position] <= 57 {
            value += Double(bytes[position] - 48) * scale
            scale /= 10
            position += 1
        }
        return position > start ? value : nil
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
        position += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
