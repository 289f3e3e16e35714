/// Whether a connector moves structured records or whole files (Amazon AppFlow API Reference,
/// ConnectorConfiguration).
public struct SupportedDataTransferType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let record = SupportedDataTransferType(rawValue: "RECORD")
    public static let file = SupportedDataTransferType(rawValue: "FILE")

    /// The modeled values, in the service model's order.
    public static let knownValues: [SupportedDataTransferType] = [.record, .file]
}
