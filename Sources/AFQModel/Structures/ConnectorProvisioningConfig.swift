/// Where a custom connector's code runs; today always an AWS Lambda function (Amazon AppFlow API
/// Reference, ConnectorProvisioningConfig).
public struct ConnectorProvisioningConfig: ModelStructure {
    public var lambda: LambdaConnectorProvisioningConfig?

    public static let fieldSummaries: [String: String] = [
        "lambda": "the Lambda function that implements the connector"
    ]

    public init(lambda: LambdaConnectorProvisioningConfig? = nil) {
        self.lambda = lambda
    }
}
