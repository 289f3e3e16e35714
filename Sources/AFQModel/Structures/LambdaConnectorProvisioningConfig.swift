/// The Lambda function behind a custom connector (Amazon AppFlow API Reference,
/// LambdaConnectorProvisioningConfig).
///
/// `lambdaArn` is the only member the service model requires in the whole tree; it is still
/// optional here, like every member (`ModelStructure`): a recorded row without it is a row like
/// any other, and the schema has no required fields.
public struct LambdaConnectorProvisioningConfig: ModelStructure {
    public var lambdaArn: String?

    public static let fieldSummaries: [String: String] = [
        "lambdaArn": "ARN of the Lambda function that runs the connector"
    ]

    public init(lambdaArn: String? = nil) {
        self.lambdaArn = lambdaArn
    }
}
