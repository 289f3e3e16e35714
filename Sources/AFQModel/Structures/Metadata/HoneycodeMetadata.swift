/// Metadata of the Amazon Honeycode connector: the OAuth scopes it requests (Amazon AppFlow API
/// Reference, HoneycodeMetadata).
///
/// AWS has discontinued Honeycode; the service model still carries it.
public struct HoneycodeMetadata: ModelStructure {
    /// Scopes requested when a connector profile is authorized.
    public var oAuthScopes: [String]?

    public static let fieldSummaries: [String: String] = [
        "oAuthScopes": "OAuth scopes the connector requests when a profile is authorized"
    ]

    public init(oAuthScopes: [String]? = nil) {
        self.oAuthScopes = oAuthScopes
    }
}
