/// The regions where Amazon AppFlow runs, for `--region all` (AWS General Reference, "Amazon
/// AppFlow endpoints and quotas"; the same list as the AWS SDKs' endpoint data). AppFlow has no
/// endpoints in the China, GovCloud or ISO partitions.
public enum AppFlowRegions {
    /// The word that asks for every region.
    public static let everyRegionWord = "all"

    /// The `aws` partition's AppFlow regions, sorted.
    public static let all: [String] = [
        "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
        "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2",
        "us-west-1", "us-west-2",
    ]

    /// Regions an account must enable before use (AWS Account Management Reference Guide,
    /// "Enable or disable AWS Regions in your account"): where one is not enabled, calls fail
    /// with `UnrecognizedClientException` or `InvalidClientTokenId`.
    public static let optIn: Set<String> = ["af-south-1"]
}
