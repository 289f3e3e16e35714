/// Where a set of credentials came from, for diagnostics (docs/live.md, "Signing in").
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (/ `AWS_SESSION_TOKEN`).
    case environment
    /// Static keys of a profile in a shared credentials or config file.
    case profile(name: String, file: String)
    /// The output of a profile's `credential_process`.
    case credentialProcess(profile: String)
    /// The ECS/EKS container credentials endpoint.
    case container(url: String)
    /// EC2 instance metadata (IMDSv2), with the role name it returned.
    case instanceMetadata(role: String)
    /// STS AssumeRole for a profile's `role_arn` (or an organisation member's role).
    case assumedRole(roleArn: String)
    /// STS AssumeRoleWithWebIdentity with a token file.
    case webIdentity(roleArn: String)
    /// IAM Identity Center GetRoleCredentials for a profile.
    case sso(profile: String)
    /// Given directly by the caller (tests, or credentials obtained elsewhere).
    case explicit(String)

    public var description: String {
        switch self {
        case .environment: "environment"
        case .profile(let name, let file): "profile \(name) in \(file)"
        case .credentialProcess(let profile): "credential_process of profile \(profile)"
        case .container(let url): "container endpoint \(url)"
        case .instanceMetadata(let role): "instance metadata (role \(role))"
        case .assumedRole(let roleArn): "assumed role \(roleArn)"
        case .webIdentity(let roleArn): "web identity for role \(roleArn)"
        case .sso(let profile): "IAM Identity Center (SSO) for profile \(profile)"
        case .explicit(let text): text
        }
    }
}
