/// One page of ListConnectors: summaries of the custom connectors registered in the account
/// (appflow-api §2.3).
public struct ListConnectorsResponse: Codable, Hashable, Sendable {
    public var connectors: [ConnectorDetail]?
    /// Absent, `null` or empty on the last page (appflow-api §2.9).
    public var nextToken: String?

    public init(connectors: [ConnectorDetail]? = nil, nextToken: String? = nil) {
        self.connectors = connectors
        self.nextToken = nextToken
    }
}
