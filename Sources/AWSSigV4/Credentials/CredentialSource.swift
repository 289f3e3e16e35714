/// Where a set of credentials came from, for diagnostics (appflow-api §7.1).
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
    /// Given directly by the caller (tests, or credentials obtained elsewhere).
    case explicit(String)

    public var description: String {
        switch self {
        case .environment: "environment"
        case .profile(let name, let file): "profile \(name) in \(file)"
        case .credentialProcess(let profile): "credential_process of profile \(profile)"
        case .container(let url): "container endpoint \(url)"
        case .instanceMetadata(let role): "instance metadata (role \(role))"
        case .explicit(let text): text
        }
    }
}
