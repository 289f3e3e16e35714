import Foundation

/// AWS credentials: an access key id, its secret and, for temporary credentials, a session
/// token and an expiry; the token is sent, and signed, as `X-Amz-Security-Token`.
///
/// Printing them in any way (`print`, interpolation, `dump`, `String(reflecting:)`) shows only
/// the last four characters of the access key id, e.g. `…MPLE` (docs/live.md, "Secrets").
public struct Credentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    public let accessKeyId: String
    public let secretAccessKey: Secret
    /// Present for temporary credentials; sent and signed as `X-Amz-Security-Token`.
    public let sessionToken: Secret?
    /// When temporary credentials stop working; `nil` for long-term keys.
    public let expiration: Date?
    public let source: CredentialSource
    /// The AWS account the credentials act in, where their source says it (an assumed role's
    /// ARN, an IAM Identity Center profile's `sso_account_id`); `nil` when only STS
    /// GetCallerIdentity can tell.
    public let accountId: String?

    public init(
        accessKeyId: String, secretAccessKey: Secret, sessionToken: Secret? = nil, expiration: Date? = nil,
        source: CredentialSource, accountId: String? = nil
    ) {
        self.accountId = accountId
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken.flatMap { $0.isEmpty ? nil : $0 }
        self.expiration = expiration
        self.source = source
    }

    public init(
        accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil,
        source: CredentialSource, accountId: String? = nil
    ) {
        self.init(
            accessKeyId: accessKeyId, secretAccessKey: Secret(secretAccessKey),
            sessionToken: sessionToken.map(Secret.init),
            expiration: expiration, source: source, accountId: accountId)
    }

    /// The same credentials, known to act in `account`.
    public func inAccount(_ account: String?) -> Credentials {
        Credentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken,
            expiration: expiration, source: source, accountId: account ?? accountId)
    }

    /// Temporary credentials carry a session token.
    public var isTemporary: Bool { sessionToken != nil }

    /// The access key id as diagnostics may show it: its last four characters, e.g. `…MPLE`.
    public var redactedAccessKeyId: String { "…" + String(accessKeyId.suffix(4)) }

    /// True when the credentials expire within `margin` seconds of `now` (or already have).
    /// Long-term credentials never expire. Temporary ones are fetched again when this says so
    /// (docs/live.md, "Signing in").
    public func expires(within margin: TimeInterval, of now: Date) -> Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSince(now) <= margin
    }

    public var description: String {
        var parts = ["access key \(redactedAccessKeyId)"]
        if isTemporary { parts.append("temporary") }
        if let expiration { parts.append("expires \(expiration.formatted(.iso8601))") }
        if let accountId { parts.append("account \(accountId)") }
        parts.append("from \(source)")
        return "Credentials(" + parts.joined(separator: ", ") + ")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyId": redactedAccessKeyId, "secretAccessKey": secretAccessKey,
                "sessionToken": sessionToken as Any,
                "expiration": expiration as Any, "source": source, "accountId": accountId as Any,
            ], displayStyle: .struct)
    }
}
