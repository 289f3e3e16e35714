/// Metadata of the Google Analytics connector: the OAuth scopes it requests (Amazon AppFlow API
/// Reference, GoogleAnalyticsMetadata). The connector reads Universal Analytics only, which Google
/// has retired (Amazon AppFlow User Guide, Google Analytics).
public struct GoogleAnalyticsMetadata: ModelStructure {
    /// Scopes requested when a connector profile is authorized.
    public var oAuthScopes: [String]?

    public static let fieldSummaries: [String: String] = [
        "oAuthScopes": "OAuth scopes the connector requests when a profile is authorized"
    ]

    public init(oAuthScopes: [String]? = nil) {
        self.oAuthScopes = oAuthScopes
    }
}
