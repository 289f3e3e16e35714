/// What starts a flow: a schedule, an event in the source application, or a user
/// (Amazon AppFlow API Reference, ConnectorConfiguration).
public struct TriggerType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let scheduled = TriggerType(rawValue: "Scheduled")
    public static let event = TriggerType(rawValue: "Event")
    public static let onDemand = TriggerType(rawValue: "OnDemand")

    /// The modeled values, in the service model's order.
    public static let knownValues: [TriggerType] = [.scheduled, .event, .onDemand]
}
