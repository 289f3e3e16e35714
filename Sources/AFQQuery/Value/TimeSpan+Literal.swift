/// Reading the literal syntax of durations (docs/language.md, "Time"): whole numbers each
/// followed by a unit, `w d h m s ms`, longest unit first and each at most once (`1d12h`,
/// `90d`, `1500ms`).
extension TimeSpan {
    /// Why a word that starts like a duration is not one.
    public enum LiteralProblem: Error, Equatable, Sendable {
        case unknownUnit(String)
        case unitOutOfOrder(String)
        case outOfRange
        case missingNumber
        /// `1.5h`: durations are written in whole units (`1h30m`).
        case fraction
    }

    /// Whether `bytes` from `start` begin with digits and a letter that starts a unit, so that the
    /// lexer reads a duration there rather than a number.
    static func startsLiteral(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start
        while i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 { i += 1 }
        guard i > start, i < bytes.count else { return false }
        return [UInt8(ascii: "w"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")]
            .contains(bytes[i])
    }

    /// The duration that `text` (digits and unit letters only, no sign) writes.
    public static func parse(literal text: String) -> Result<TimeSpan, LiteralProblem> {
        let bytes = Array(text.utf8)
        var i = 0
        var total: Int64 = 0
        var lastUnit = -1
        guard !bytes.isEmpty else { return .failure(.missingNumber) }
        while i < bytes.count {
            let digitsStart = i
            var count: Int64 = 0
            while i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 {
                // Beyond the limit in any unit: stop growing before Int64 could overflow.
                if count <= TimeSpan.limit { count = count * 10 + Int64(bytes[i] - 48) }
                i += 1
            }
            guard i > digitsStart else { return .failure(.missingNumber) }
            let unitStart = i
            while i < bytes.count, (bytes[i] >= 97 && bytes[i] <= 122) || (bytes[i] >= 65 && bytes[i] <= 90) { i += 1 }
            let unitName = String(decoding: bytes[unitStart..<i], as: UTF8.self)
            guard let unit = units.firstIndex(where: { $0.name == unitName }) else {
                return .failure(.unknownUnit(unitName))
            }
            guard unit > lastUnit else { return .failure(.unitOutOfOrder(unitName)) }
            lastUnit = unit
            let size = units[unit].milliseconds
            guard count <= TimeSpan.limit / size else { return .failure(.outOfRange) }
            total += count * size
            guard total <= TimeSpan.limit else { return .failure(.outOfRange) }
        }
        guard let span = TimeSpan(milliseconds: total) else { return .failure(.outOfRange) }
        return .success(span)
    }

    /// `literal` read back, a leading `-` allowed: nil for anything else.
    public init?(literal text: String) {
        let negative = text.hasPrefix("-")
        guard case .success(let span) = TimeSpan.parse(literal: negative ? String(text.dropFirst()) : text) else {
            return nil
        }
        self = negative ? span.negated : span
    }

    /// The same length the other way; every duration has one, as `limit` is symmetric.
    public var negated: TimeSpan { TimeSpan(milliseconds: -milliseconds) ?? .zero }
}
