/// Why no usable credentials were found. afq reports these as data errors (exit status 3).
///
/// Messages name what to do and never contain a secret, a token, a credential endpoint's
/// answer, a credential process's standard output or its arguments.
public enum CredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every source was tried; `looked` says what was found at each, in order.
    case notFound(profile: String, looked: [String])
    /// Half a key pair, e.g. `AWS_ACCESS_KEY_ID` without `AWS_SECRET_ACCESS_KEY`.
    case incomplete(source: String, present: String, missing: String)
    /// The profile needs AWS STS or the SSO portal, which afq does not call (appflow-api §7.2).
    case unsupportedProfile(profile: String, setting: String, kind: String)
    /// `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN` are set (web identity needs STS).
    case webIdentityEnvironment(profile: String)
    /// The profile's `credential_process` failed; `problem` says how.
    case credentialProcess(profile: String, problem: String)
    /// The container credentials settings are unusable (URL host, token file).
    case containerConfiguration(problem: String)
    /// The container credentials endpoint failed.
    case container(url: String, problem: String)
    /// A credential source gave an `Expiration` that is not an ISO 8601 date.
    case invalidExpiration(source: String)

    public var description: String {
        switch self {
        case .notFound(let profile, let looked):
            "no AWS credentials found for profile \(profile); afq looked at:\n"
                + looked.map { "  - \($0)\n" }.joined()
                + "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, add keys to a profile with `aws configure`, or choose another profile with --profile"
        case .incomplete(let source, let present, let missing):
            "\(source) has \(present) but not \(missing); set both or neither"
        case .unsupportedProfile(let profile, let setting, let kind):
            "profile \(profile) uses \(setting) (\(kind)), which afq cannot resolve itself; let the AWS CLI v2 do it "
                + "through a profile of its own and select that one with --profile:\n"
                + "  [profile \(profile)-afq]\n"
                + "  credential_process = aws configure export-credentials --profile \(profile) --format process"
        case .webIdentityEnvironment(let profile):
            "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are set (web identity), which afq cannot resolve itself; "
                + "give profile \(profile) the line\n"
                + "  credential_process = aws configure export-credentials --format process\n"
                + "so the AWS CLI v2 fetches the credentials, or unset those variables"
        case .credentialProcess(let profile, let problem):
            "credential_process of profile \(profile): \(problem)"
        case .containerConfiguration(let problem):
            "container credentials: \(problem)"
        case .container(let url, let problem):
            "container credentials from \(url): \(problem)"
        case .invalidExpiration(let source):
            "\(source) gave an Expiration that is not an ISO 8601 date; fix the credential source"
        }
    }
}
