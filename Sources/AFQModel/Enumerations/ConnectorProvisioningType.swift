/// How a custom connector's code is deployed; the model knows only AWS Lambda
/// (Amazon AppFlow API Reference, ConnectorConfiguration).
public struct ConnectorProvisioningType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let lambda = ConnectorProvisioningType(rawValue: "LAMBDA")

    /// The modeled values, in the service model's order.
    public static let knownValues: [ConnectorProvisioningType] = [.lambda]
}
