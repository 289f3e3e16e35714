/// One page of DescribeConnectors: configurations keyed by connector type, connector summaries,
/// and the token for the next page (appflow-api §2.1).
public struct DescribeConnectorsResponse: Codable, Hashable, Sendable {
    /// Keyed by the `ConnectorType` spelling (`Googleanalytics`). A key outside the known types is
    /// kept like any other; an entry that is `null` is dropped, as absent (appflow-api §3.5).
    public var connectorConfigurations: [String: ConnectorConfiguration]?
    public var connectors: [ConnectorDetail]?
    /// Absent, `null` or empty on the last page (appflow-api §2.9).
    public var nextToken: String?

    enum CodingKeys: String, CodingKey {
        case connectorConfigurations, connectors, nextToken
    }

    public init(
        connectorConfigurations: [String: ConnectorConfiguration]? = nil,
        connectors: [ConnectorDetail]? = nil,
        nextToken: String? = nil
    ) {
        self.connectorConfigurations = connectorConfigurations
        self.connectors = connectors
        self.nextToken = nextToken
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        connectorConfigurations = try container.decodeIfPresent(
            [String: ConnectorConfiguration?].self, forKey: .connectorConfigurations
        )?.compactMapValues { $0 }
        connectors = try container.decodeIfPresent([ConnectorDetail].self, forKey: .connectors)
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
    }

    /// The configurations as rows, sorted by map key so the order does not depend on hashing; an
    /// entry without `connectorType` takes it from its key (afq-language §10).
    public var configurationRows: [ConnectorConfiguration] {
        (connectorConfigurations ?? [:]).sorted { $0.key < $1.key }.map { key, configuration in
            var row = configuration
            if row.connectorType == nil { row.connectorType = ConnectorType(rawValue: key) }
            return row
        }
    }
}
