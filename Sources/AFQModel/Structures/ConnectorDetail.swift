/// The summary of a connector that DescribeConnectors and ListConnectors return in `connectors`
/// (Amazon AppFlow API Reference, ConnectorDetail): in practice the custom connectors registered
/// in the account.
///
/// Every member but `applicationType` has the name and type of its `ConnectorConfiguration`
/// counterpart, so a summary read as a row where no full configuration was recorded is queried
/// with the same fields (docs/recording.md, "What afq reads": Connector summaries).
public struct ConnectorDetail: ModelStructure {
    public var connectorDescription: String?
    public var connectorName: String?
    public var connectorOwner: String?
    public var connectorVersion: String?
    public var applicationType: String?
    public var connectorType: ConnectorType?
    public var connectorLabel: String?
    public var registeredAt: APITimestamp?
    public var registeredBy: String?
    public var connectorProvisioningType: ConnectorProvisioningType?
    public var connectorModes: [String]?
    public var supportedDataTransferTypes: [SupportedDataTransferType]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case connectorDescription, connectorName, connectorOwner, connectorVersion, applicationType, connectorType
        case connectorLabel, registeredAt, registeredBy, connectorProvisioningType, connectorModes
        case supportedDataTransferTypes
    }

    /// The shared members reuse `ConnectorConfiguration`'s summaries so the two never disagree.
    public static let fieldSummaries: [String: String] = {
        var summaries = ["applicationType": "kind of application the connector talks to"]
        for key in CodingKeys.allCases where key != .applicationType {
            summaries[key.rawValue] = ConnectorConfiguration.fieldSummaries[key.rawValue]
        }
        return summaries
    }()

    public init(
        connectorDescription: String? = nil,
        connectorName: String? = nil,
        connectorOwner: String? = nil,
        connectorVersion: String? = nil,
        applicationType: String? = nil,
        connectorType: ConnectorType? = nil,
        connectorLabel: String? = nil,
        registeredAt: APITimestamp? = nil,
        registeredBy: String? = nil,
        connectorProvisioningType: ConnectorProvisioningType? = nil,
        connectorModes: [String]? = nil,
        supportedDataTransferTypes: [SupportedDataTransferType]? = nil
    ) {
        self.connectorDescription = connectorDescription
        self.connectorName = connectorName
        self.connectorOwner = connectorOwner
        self.connectorVersion = connectorVersion
        self.applicationType = applicationType
        self.connectorType = connectorType
        self.connectorLabel = connectorLabel
        self.registeredAt = registeredAt
        self.registeredBy = registeredBy
        self.connectorProvisioningType = connectorProvisioningType
        self.connectorModes = connectorModes
        self.supportedDataTransferTypes = supportedDataTransferTypes
    }
}
