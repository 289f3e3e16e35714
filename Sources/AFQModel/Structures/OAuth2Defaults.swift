/// The OAuth 2.0 settings a connector proposes for new connector profiles (Amazon AppFlow API
/// Reference, OAuth2Defaults).
///
/// Note the wire spelling `oauthScopes` (lower-case `a`), unlike the metadata's `oAuthScopes`.
public struct OAuth2Defaults: ModelStructure {
    public var oauthScopes: [String]?
    public var tokenUrls: [String]?
    public var authCodeUrls: [String]?
    public var oauth2GrantTypesSupported: [OAuth2GrantType]?
    public var oauth2CustomProperties: [OAuth2CustomParameter]?

    public static let fieldSummaries: [String: String] = [
        "oauthScopes": "scopes requested unless the profile asks for others",
        "tokenUrls": "endpoints that issue access tokens",
        "authCodeUrls": "endpoints where a user grants an authorization code",
        "oauth2GrantTypesSupported": "OAuth 2.0 grant types the connector accepts",
        "oauth2CustomProperties": "extra parameters the connector sends with OAuth requests",
    ]

    public init(
        oauthScopes: [String]? = nil,
        tokenUrls: [String]? = nil,
        authCodeUrls: [String]? = nil,
        oauth2GrantTypesSupported: [OAuth2GrantType]? = nil,
        oauth2CustomProperties: [OAuth2CustomParameter]? = nil
    ) {
        self.oauthScopes = oauthScopes
        self.tokenUrls = tokenUrls
        self.authCodeUrls = authCodeUrls
        self.oauth2GrantTypesSupported = oauth2GrantTypesSupported
        self.oauth2CustomProperties = oauth2CustomProperties
    }
}
