import Foundation

/// One IAM Identity Center token as `aws sso login` caches it: the access token, when it
/// expires and, for sso-session logins, the client registration and refresh token that let it
/// be renewed without a browser (AWS SDKs and Tools Reference Guide, "IAM Identity Center
/// credential provider"; IAM Identity Center OIDC API Reference, "CreateToken").
///
/// Printing it shows the start URL, region and dates, never a token or the client secret.
struct SSOToken: Sendable, CustomStringConvertible, CustomReflectable {
    var startURL: String?
    var region: String?
    var accessToken: Secret
    var expiresAt: Date
    var clientId: String?
    var clientSecret: Secret?
    var registrationExpiresAt: Date?
    var refreshToken: Secret?
    /// The file's JSON object as read, so that writing the token back keeps keys afq does not
    /// know (the AWS CLI and SDKs may add some).
    let document: Data

    /// True when the token stops working within `margin` seconds of `now` (or already has).
    func expires(within margin: TimeInterval, of now: Date) -> Bool {
        expiresAt.timeIntervalSince(now) <= margin
    }

    /// True when the cache has everything CreateToken needs and the client registration is
    /// still valid at `now`.
    func isRefreshable(at now: Date) -> Bool {
        guard let clientId, !clientId.isEmpty, let clientSecret, !clientSecret.isEmpty, let refreshToken,
            !refreshToken.isEmpty, let registrationExpiresAt
        else { return false }
        return registrationExpiresAt > now
    }

    var description: String {
        var parts = ["expires \(expiresAt.formatted(.iso8601))"]
        if let startURL { parts.append("start URL \(startURL)") }
        if let region { parts.append("region \(region)") }
        if refreshToken != nil { parts.append("refreshable") }
        return "SSOToken(" + parts.joined(separator: ", ") + ")"
    }

    var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "startURL": startURL as Any, "region": region as Any, "expiresAt": expiresAt,
                "clientId": clientId as Any, "registrationExpiresAt": registrationExpiresAt as Any,
            ], displayStyle: .struct)
    }
}
