/// `trunc(ts, unit)`: the start of the UTC day, ISO week (from Monday), month or year that holds
/// an instant, for reports grouped by period (docs/language.md, "Time").
enum Trunc {
    static let units = ["day", "week", "month", "year"]

    static let definition = FunctionDefinition(
        name: "trunc", arity: 2...2, signature: "trunc(ts, unit)",
        summary: "the start of the day, week (Monday), month or year holding ts, in UTC; null stays null",
        examples: [
            HelpExample(
                "connectors | where registeredAt is not null | group by trunc(registeredAt, \"year\") as year | sort by year",
                #"""
                {"year":"2023-01-01T00:00:00Z","count":4}
                {"year":"2024-01-01T00:00:00Z","count":3}
                """#)
        ],
        resultType: { _ in .timestamp }
    ) { arguments, call throws(RuntimeError) in
        guard case .string(let unit) = arguments[1] else {
            throw call.argumentError(1, expected: "a unit: \"day\", \"week\", \"month\" or \"year\"", got: arguments[1])
        }
        guard let instant = try TimeArgument.instant(arguments, 0, call) else { return .null }
        guard let start = start(of: instant, unit: unit) else {
            throw .invalidArgument(
                function: "trunc", message: "unknown unit `\(VisibleText.token(unit))`",
                label: "units are \"day\", \"week\", \"month\" and \"year\"", call.argumentRange(1))
        }
        return .timestamp(start)
    }

    /// Nil for an unknown unit. Every start is in range: 0001-01-01 is a Monday.
    static func start(of instant: Timestamp, unit: String) -> Timestamp? {
        let (year, month, _, days) = TimeArgument.civil(instant)
        let startDay: Int
        switch unit {
        case "day": startDay = days
        // 1970-01-01 was a Thursday: days since a Monday are (days + 3) mod 7.
        case "week": startDay = days - ((days + 3) % 7 + 7) % 7
        case "month": startDay = Timestamp.daysFromCivil(year: year, month: month, day: 1)
        case "year": startDay = Timestamp.daysFromCivil(year: year, month: 1, day: 1)
        default: return nil
        }
        return Timestamp(secondsSince1970: Double(startDay) * 86_400)
    }
}
