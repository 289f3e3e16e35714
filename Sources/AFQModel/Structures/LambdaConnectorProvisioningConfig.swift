/// The Lambda function behind a custom connector (appflow-api §3.2).
///
/// `lambdaArn` is the only member the model requires in the whole tree; it is still optional here
/// because a recording missing it should load, not fail (appflow-api §3.5).
public struct LambdaConnectorProvisioningConfig: ModelStructure {
    public var lambdaArn: String?

    public static let fieldSummaries: [String: String] = [
        "lambdaArn": "ARN of the Lambda function that runs the connector"
    ]

    public init(lambdaArn: String? = nil) {
        self.lambdaArn = lambdaArn
    }
}
