/// How a flow writes records into a destination (Amazon AppFlow API Reference,
/// ConnectorConfiguration).
public struct WriteOperationType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let insert = WriteOperationType(rawValue: "INSERT")
    public static let upsert = WriteOperationType(rawValue: "UPSERT")
    public static let update = WriteOperationType(rawValue: "UPDATE")
    public static let delete = WriteOperationType(rawValue: "DELETE")

    /// The modeled values, in the service model's order.
    public static let knownValues: [WriteOperationType] = [.insert, .upsert, .update, .delete]
}
