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

    // IAM Identity Center (SSO): SSOCredentialsProvider.
    /// A setting IAM Identity Center needs is missing from `section` (`[profile x]` or
    /// `[sso-session x]`) of the config file.
    case ssoMissingSetting(profile: String, setting: String, section: String, file: String)
    /// The profile's `sso_session` names a section the config file does not have.
    case ssoSessionNotFound(profile: String, session: String, file: String)
    /// The profile repeats a setting of its sso-session with another value.
    case ssoConflictingSetting(
        profile: String, setting: String, profileValue: String, session: String, sessionValue: String, file: String)
    /// No usable token: none cached, expired and not refreshable, or refused by the portal.
    /// `command` is the `aws sso login` that fixes it.
    case ssoLoginRequired(reason: String, command: String)
    /// The portal denies the profile's role (ForbiddenException, ResourceNotFoundException).
    case ssoRoleDenied(profile: String, accountId: String, roleName: String, code: String)
    /// The portal or the OIDC service failed otherwise; `problem` has the status and AWS error code.
    case ssoService(operation: String, url: String, problem: String)
    /// The token cache file cannot be read or written.
    case ssoTokenCache(path: String, problem: String)
    /// The portal's or the OIDC service's endpoint setting is unusable.
    case ssoEndpoint(ConfigurationError)

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

        // IAM Identity Center (SSO).
        case .ssoMissingSetting(let profile, let setting, let section, let file):
            "profile \(profile) uses IAM Identity Center (SSO) but \(section) in \(file) has no \(setting); "
                + "add it, or set the profile up again with `aws configure sso --profile \(profile)`"
        case .ssoSessionNotFound(let profile, let session, let file):
            "profile \(profile) has sso_session = \(session) but \(file) has no [sso-session \(session)] section; "
                + "add the section (`aws configure sso-session`) or correct the name"
        case .ssoConflictingSetting(let profile, let setting, let profileValue, let session, let sessionValue, let file):
            "profile \(profile) in \(file) sets \(setting) = \(profileValue) but its [sso-session \(session)] has "
                + "\(setting) = \(sessionValue); remove \(setting) from the profile or make the two equal"
        case .ssoLoginRequired(let reason, let command):
            "\(reason); sign in again with `\(command)`, then retry"
        case .ssoRoleDenied(let profile, let accountId, let roleName, let code):
            "IAM Identity Center does not let you use role \(roleName) in account \(accountId) (\(code)); "
                + "check sso_account_id and sso_role_name of profile \(profile), or ask your administrator for access"
        case .ssoService(let operation, let url, let problem):
            "IAM Identity Center \(operation) at \(url) failed: \(problem)"
        case .ssoTokenCache(let path, let problem):
            "IAM Identity Center token cache \(path): \(problem)"
        case .ssoEndpoint(let problem):
            problem.description
        }
    }
}
