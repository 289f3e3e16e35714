/// Metadata of the Salesforce connector: scopes, data-transfer APIs and OAuth grant types
/// (Amazon AppFlow API Reference, SalesforceMetadata).
///
/// The sample response on the API Reference's DescribeConnectors page puts the scopes under
/// `authScopes`; that key is not in the model, so decoding ignores it. afq's rows still keep it,
/// as they keep every key (docs/recording.md, "What afq reads").
public struct SalesforceMetadata: ModelStructure {
    public var oAuthScopes: [String]?
    public var dataTransferApis: [SalesforceDataTransferApi]?
    public var oauth2GrantTypesSupported: [OAuth2GrantType]?

    public static let fieldSummaries: [String: String] = [
        "oAuthScopes": "OAuth scopes the connector requests when a profile is authorized",
        "dataTransferApis": "Salesforce APIs a flow may pick to move its data",
        "oauth2GrantTypesSupported": "OAuth 2.0 grant types a Salesforce profile may use",
    ]

    public init(
        oAuthScopes: [String]? = nil,
        dataTransferApis: [SalesforceDataTransferApi]? = nil,
        oauth2GrantTypesSupported: [OAuth2GrantType]? = nil
    ) {
        self.oAuthScopes = oAuthScopes
        self.dataTransferApis = dataTransferApis
        self.oauth2GrantTypesSupported = oauth2GrantTypesSupported
    }
}
