/// Why no usable credentials were found. afq reports these as data errors (exit status 3).
///
/// Messages name what to do and never contain a secret, a token, a credential endpoint's
/// answer, a credential process's standard output or its arguments.
public enum CredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every source was tried; `looked` says what was found at each, in order.
    case notFound(profile: String, looked: [String])
    /// Half a key pair, e.g. `AWS_ACCESS_KEY_ID` without `AWS_SECRET_ACCESS_KEY`.
    case incomplete(source: String, present: String, missing: String)
    /// The profile needs a source afq does not resolve itself (IAM Identity Center, console
    /// login); the message names the `credential_process` bridge through the AWS CLI v2.
    case unsupportedProfile(profile: String, setting: String, kind: String)
    /// The assume-role or web-identity settings of a profile cannot work as written: both or
    /// neither of `source_profile` and `credential_source`, an unknown `credential_source`, a
    /// `duration_seconds` out of range, a missing source profile, a role without its ARN.
    case roleConfiguration(profile: String, problem: String)
    /// `source_profile` settings that lead back to a profile already on the way, in order
    /// (`a → b → a`).
    case sourceProfileCycle(profiles: [String])
    /// The `credential_source` of a role profile gave no credentials.
    case credentialSource(profile: String, source: String, problem: String)
    /// The role of a profile with `mfa_serial` needs a code and there is nobody to ask.
    case mfaCodeUnavailable(profile: String, serial: String)
    /// The web identity token file is missing, unreadable, empty or too large; `origin` is
    /// `AWS_WEB_IDENTITY_TOKEN_FILE` or the profile setting. Never holds the token.
    case webIdentityTokenFile(path: String, origin: String, problem: String)
    /// An AWS STS call failed (AssumeRole, AssumeRoleWithWebIdentity).
    case sts(STSError)
    /// The STS endpoint or region settings are unusable.
    case configuration(ConfigurationError)
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
        case .roleConfiguration(let profile, let problem):
            "profile \(profile): \(problem)"
        case .sourceProfileCycle(let profiles):
            "the source_profile settings form a cycle: \(profiles.joined(separator: " → ")); "
                + "give one of these profiles keys, a credential_process or a credential_source instead"
        case .credentialSource(let profile, let source, let problem):
            "credential_source \(source) of profile \(profile): \(problem)"
        case .mfaCodeUnavailable(let profile, let serial):
            "profile \(profile) needs an MFA code for \(serial) (mfa_serial) and afq has no terminal to ask for it on; "
                + "run afq in a terminal, or let the AWS CLI v2 supply the credentials through a profile of its own "
                + "and select that one with --profile:\n"
                + "  [profile \(profile)-afq]\n"
                + "  credential_process = aws configure export-credentials --profile \(profile) --format process"
        case .webIdentityTokenFile(let path, let origin, let problem):
            "web identity token file \(path) (from \(origin)): \(problem)"
        case .sts(let error):
            error.description
        case .configuration(let error):
            error.description
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
