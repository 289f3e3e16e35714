/// Which OAuth 2.0 request an extra connector-defined parameter is sent with: the token request
/// or the authorization request (Amazon AppFlow API Reference, OAuth2CustomParameter).
public struct OAuth2CustomPropType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let tokenURL = OAuth2CustomPropType(rawValue: "TOKEN_URL")
    public static let authURL = OAuth2CustomPropType(rawValue: "AUTH_URL")

    /// The modeled values, in the service model's order.
    public static let knownValues: [OAuth2CustomPropType] = [.tokenURL, .authURL]
}
