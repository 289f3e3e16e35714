/// How often a scheduled flow may run (Amazon AppFlow API Reference, ConnectorConfiguration).
///
/// The sample response on the API Reference's DescribeConnectors page spells these `Minute`,
/// `Hour`, …; such values are kept as they are.
public struct ScheduleFrequencyType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let byMinute = ScheduleFrequencyType(rawValue: "BYMINUTE")
    public static let hourly = ScheduleFrequencyType(rawValue: "HOURLY")
    public static let daily = ScheduleFrequencyType(rawValue: "DAILY")
    public static let weekly = ScheduleFrequencyType(rawValue: "WEEKLY")
    public static let monthly = ScheduleFrequencyType(rawValue: "MONTHLY")
    public static let once = ScheduleFrequencyType(rawValue: "ONCE")

    /// The modeled values, in the service model's order.
    public static let knownValues: [ScheduleFrequencyType] = [
        .byMinute, .hourly, .daily, .weekly, .monthly, .once,
    ]
}
