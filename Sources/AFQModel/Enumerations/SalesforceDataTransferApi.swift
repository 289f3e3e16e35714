/// Which Salesforce API a flow uses to move data: chosen by AppFlow, Bulk API 2.0, or the
/// synchronous REST API (Amazon AppFlow API Reference, SalesforceMetadata).
public struct SalesforceDataTransferApi: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let automatic = SalesforceDataTransferApi(rawValue: "AUTOMATIC")
    public static let bulkV2 = SalesforceDataTransferApi(rawValue: "BULKV2")
    public static let restSync = SalesforceDataTransferApi(rawValue: "REST_SYNC")

    /// The modeled values, in the service model's order.
    public static let knownValues: [SalesforceDataTransferApi] = [.automatic, .bulkV2, .restSync]
}
