/// An AWS service afq calls, with the names its endpoint settings and signatures use: the
/// suffix of `AWS_ENDPOINT_URL_<SERVICE>`, the key in a `[services NAME]` section, the SigV4
/// signing name, and the host it has in a region (AWS General Reference, "Service endpoints";
/// AWS SDKs and Tools Reference Guide, "Service-specific endpoints").
public struct AWSService: Sendable, Equatable, CustomStringConvertible {
    /// `APPFLOW` in `AWS_ENDPOINT_URL_APPFLOW`: the service id upper-cased, spaces as `_`.
    public let environmentSuffix: String
    /// `appflow` in `[services x]` → `appflow = …`: the service id lower-cased, spaces as `_`.
    public let servicesKey: String
    /// The SigV4 service name of the credential scope.
    public let signingName: String
    /// The first label of the computed host (`appflow` → `appflow.us-east-1.amazonaws.com`).
    let hostPrefix: String
    /// A global service: every region's calls go to this region's endpoint and are signed for
    /// it, by partition (Organizations: `us-east-1` in `aws`).
    let globalRegion: [String: String]?

    public var description: String { servicesKey }

    /// `AWS_ENDPOINT_URL_<SERVICE>`.
    public var environmentVariable: String { "AWS_ENDPOINT_URL_" + environmentSuffix }

    /// Amazon AppFlow.
    public static let appflow = AWSService(
        environmentSuffix: "APPFLOW", servicesKey: "appflow", signingName: "appflow", hostPrefix: "appflow",
        globalRegion: nil)
    /// AWS Security Token Service, regional endpoints (the SDKs' default since 2022).
    public static let sts = AWSService(
        environmentSuffix: "STS", servicesKey: "sts", signingName: "sts", hostPrefix: "sts", globalRegion: nil)
    /// The IAM Identity Center portal (GetRoleCredentials): `portal.sso.<region>.amazonaws.com`.
    public static let sso = AWSService(
        environmentSuffix: "SSO", servicesKey: "sso", signingName: "awsssoportal", hostPrefix: "portal.sso",
        globalRegion: nil)
    /// IAM Identity Center OIDC (CreateToken): `oidc.<region>.amazonaws.com`.
    public static let ssoOIDC = AWSService(
        environmentSuffix: "SSO_OIDC", servicesKey: "sso_oidc", signingName: "sso-oauth", hostPrefix: "oidc",
        globalRegion: nil)
    /// AWS Organizations: one endpoint per partition.
    public static let organizations = AWSService(
        environmentSuffix: "ORGANIZATIONS", servicesKey: "organizations", signingName: "organizations",
        hostPrefix: "organizations",
        globalRegion: ["aws": "us-east-1", "aws-cn": "cn-northwest-1", "aws-us-gov": "us-gov-west-1"])

    /// The region requests are signed for when sent on behalf of `region`: the region itself,
    /// or a global service's home region in that partition.
    public func signingRegion(for region: String) -> String {
        guard let globalRegion else { return region }
        return globalRegion[Partition.of(region: region).name] ?? globalRegion["aws"] ?? region
    }
}
