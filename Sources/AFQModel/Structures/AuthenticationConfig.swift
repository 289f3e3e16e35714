/// Which kinds of credentials a connector profile may use, with OAuth defaults and any
/// connector-defined schemes (Amazon AppFlow API Reference, AuthenticationConfig).
public struct AuthenticationConfig: ModelStructure {
    public var isBasicAuthSupported: Bool?
    public var isApiKeyAuthSupported: Bool?
    public var isOAuth2Supported: Bool?
    public var isCustomAuthSupported: Bool?
    public var oAuth2Defaults: OAuth2Defaults?
    public var customAuthConfigs: [CustomAuthConfig]?

    public static let fieldSummaries: [String: String] = [
        "isBasicAuthSupported": "whether a user name and password can authenticate",
        "isApiKeyAuthSupported": "whether an API key can authenticate",
        "isOAuth2Supported": "whether OAuth 2.0 can authenticate",
        "isCustomAuthSupported": "whether a scheme defined by the connector can authenticate",
        "oAuth2Defaults": "OAuth 2.0 settings offered to new profiles",
        "customAuthConfigs": "authentication schemes the connector defines itself",
    ]

    public init(
        isBasicAuthSupported: Bool? = nil,
        isApiKeyAuthSupported: Bool? = nil,
        isOAuth2Supported: Bool? = nil,
        isCustomAuthSupported: Bool? = nil,
        oAuth2Defaults: OAuth2Defaults? = nil,
        customAuthConfigs: [CustomAuthConfig]? = nil
    ) {
        self.isBasicAuthSupported = isBasicAuthSupported
        self.isApiKeyAuthSupported = isApiKeyAuthSupported
        self.isOAuth2Supported = isOAuth2Supported
        self.isCustomAuthSupported = isCustomAuthSupported
        self.oAuth2Defaults = oAuth2Defaults
        self.customAuthConfigs = customAuthConfigs
    }
}
