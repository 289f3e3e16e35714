/// Whether a connector's data-transfer API answers synchronously, asynchronously, or lets
/// AppFlow choose (Amazon AppFlow API Reference, DataTransferApi).
public struct DataTransferApiType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let sync = DataTransferApiType(rawValue: "SYNC")
    public static let async = DataTransferApiType(rawValue: "ASYNC")
    public static let automatic = DataTransferApiType(rawValue: "AUTOMATIC")

    /// The modeled values, in the service model's order.
    public static let knownValues: [DataTransferApiType] = [.sync, .async, .automatic]
}
