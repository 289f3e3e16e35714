import Foundation

/// What an IAM Identity Center profile says: where to sign in, which account and role to
/// use, and under which name its token is cached.
///
/// Two forms, as the AWS CLI User Guide describes them ("Configure IAM Identity Center
/// authentication with the AWS CLI"): the current one, where the profile has `sso_session =
/// NAME` and `[sso-session NAME]` holds `sso_start_url`, `sso_region` (and
/// `sso_registration_scopes`), and the legacy one, with `sso_start_url` and `sso_region` in the
/// profile itself. Both need `sso_account_id` and `sso_role_name` in the profile.
struct SSOSettings: Sendable, Equatable {
    /// The profile's `sso_session`; `nil` for the legacy form, which cannot refresh tokens.
    let sessionName: String?
    let startURL: String
    /// Where the portal and the OIDC service are called, not the profile's `region`.
    let region: String
    let accountId: String
    let roleName: String
    let profileName: String

    /// Reads and checks the settings.
    /// - Parameters:
    ///   - session: the `[sso-session NAME]` section named by the profile, if any.
    ///   - file: the config file, named in errors.
    /// - Throws: `CredentialsError.ssoMissingSetting`, `.ssoSessionNotFound` or
    ///   `.ssoConflictingSetting`.
    init(profile: ConfigProfile, session: [String: String]?, file: String) throws(CredentialsError) {
        let profileSection = profile.name == "default" ? "[default]" : "[profile \(profile.name)]"
        func required(_ setting: String) throws(CredentialsError) -> String {
            guard let value = profile.value(setting)?.trimmingWhitespace(), !value.isEmpty else {
                throw .ssoMissingSetting(profile: profile.name, setting: setting, section: profileSection, file: file)
            }
            return value
        }
        profileName = profile.name
        if let name = profile.value("sso_session")?.trimmingWhitespace(), !name.isEmpty {
            guard let session else { throw .ssoSessionNotFound(profile: profile.name, session: name, file: file) }
            func fromSession(_ setting: String) throws(CredentialsError) -> String {
                guard let value = session[setting]?.trimmingWhitespace(), !value.isEmpty else {
                    throw .ssoMissingSetting(
                        profile: profile.name, setting: setting, section: "[sso-session \(name)]", file: file)
                }
                // botocore refuses a profile that repeats a session setting with another value.
                if let own = profile.value(setting)?.trimmingWhitespace(), !own.isEmpty, own != value {
                    throw .ssoConflictingSetting(
                        profile: profile.name, setting: setting, profileValue: own, session: name, sessionValue: value,
                        file: file)
                }
                return value
            }
            sessionName = name
            startURL = try fromSession("sso_start_url")
            region = try fromSession("sso_region")
        } else {
            sessionName = nil
            startURL = try required("sso_start_url")
            region = try required("sso_region")
        }
        accountId = try required("sso_account_id")
        roleName = try required("sso_role_name")
    }

    /// What names the token's cache file: the session name, or the start URL in the legacy form.
    var cacheKey: String { sessionName ?? startURL }

    /// The command that signs in again and rewrites the cache file.
    var loginCommand: String {
        if let sessionName { return "aws sso login --sso-session " + SSOSettings.shellQuoted(sessionName) }
        return "aws sso login --profile " + SSOSettings.shellQuoted(profileName)
    }

    /// A name as a POSIX shell reads it back: plain when it is made of safe characters, else
    /// in single quotes, so the command can be pasted as shown.
    static func shellQuoted(_ name: String) -> String {
        let safe = name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.,:@+=/%".unicodeScalars.contains($0))
        }
        if safe && !name.isEmpty { return name }
        return "'" + name.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// Whose token it is, for messages: `sso-session corp` or `profile dev`.
    var tokenOwner: String {
        if let sessionName { return "sso-session \(sessionName)" }
        return "profile \(profileName)"
    }
}
