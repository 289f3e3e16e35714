/// Metadata of the Zendesk connector: the OAuth scopes it requests (Amazon AppFlow API Reference,
/// ZendeskMetadata).
public struct ZendeskMetadata: ModelStructure {
    /// Scopes requested when a connector profile is authorized.
    public var oAuthScopes: [String]?

    public static let fieldSummaries: [String: String] = [
        "oAuthScopes": "OAuth scopes the connector requests when a profile is authorized"
    ]

    public init(oAuthScopes: [String]? = nil) {
        self.oAuthScopes = oAuthScopes
    }
}
