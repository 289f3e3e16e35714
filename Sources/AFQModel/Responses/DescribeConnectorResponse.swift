/// The answer to DescribeConnector: the full configuration of one connector, including a custom
/// connector selected by its label (appflow-api §2.2).
public struct DescribeConnectorResponse: Codable, Hashable, Sendable {
    public var connectorConfiguration: ConnectorConfiguration?

    public init(connectorConfiguration: ConnectorConfiguration? = nil) {
        self.connectorConfiguration = connectorConfiguration
    }
}
