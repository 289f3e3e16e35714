/// An OAuth 2.0 grant type a connector accepts for obtaining tokens (Amazon AppFlow API Reference,
/// OAuth2Defaults).
public struct OAuth2GrantType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let clientCredentials = OAuth2GrantType(rawValue: "CLIENT_CREDENTIALS")
    public static let authorizationCode = OAuth2GrantType(rawValue: "AUTHORIZATION_CODE")
    public static let jwtBearer = OAuth2GrantType(rawValue: "JWT_BEARER")

    /// The modeled values, in the service model's order.
    public static let knownValues: [OAuth2GrantType] = [.clientCredentials, .authorizationCode, .jwtBearer]
}
