import AFQQuery

/// Everything AppFlow says about one connector: what it can do as a source and destination, how it
/// authenticates, and, for registered custom connectors, where its code runs (Amazon AppFlow API
/// Reference, ConnectorConfiguration).
///
/// It describes one row of the `connectors` source: its derived schema (`schema`) is what the
/// checker knows of a row before the data is read. Members are declared in the service model's
/// order, which is the order of the derived schema's fields.
public struct ConnectorConfiguration: ModelStructure {
    public var canUseAsSource: Bool?
    public var canUseAsDestination: Bool?
    public var supportedDestinationConnectors: [ConnectorType]?
    public var supportedSchedulingFrequencies: [ScheduleFrequencyType]?
    public var isPrivateLinkEnabled: Bool?
    public var isPrivateLinkEndpointUrlRequired: Bool?
    public var supportedTriggerTypes: [TriggerType]?
    public var connectorMetadata: ConnectorMetadata?
    public var connectorType: ConnectorType?
    public var connectorLabel: String?
    public var connectorDescription: String?
    public var connectorOwner: String?
    public var connectorName: String?
    public var connectorVersion: String?
    public var connectorArn: String?
    public var connectorModes: [String]?
    public var authenticationConfig: AuthenticationConfig?
    public var connectorRuntimeSettings: [ConnectorRuntimeSetting]?
    public var supportedApiVersions: [String]?
    public var supportedOperators: [Operators]?
    public var supportedWriteOperations: [WriteOperationType]?
    public var connectorProvisioningType: ConnectorProvisioningType?
    public var connectorProvisioningConfig: ConnectorProvisioningConfig?
    /// Spelled with a capital `URL` on the wire.
    public var logoURL: String?
    public var registeredAt: APITimestamp?
    public var registeredBy: String?
    public var supportedDataTransferTypes: [SupportedDataTransferType]?
    public var supportedDataTransferApis: [DataTransferApi]?

    public static let fieldSummaries: [String: String] = [
        "canUseAsSource": "whether flows can read data from this connector",
        "canUseAsDestination": "whether flows can write data to this connector",
        "supportedDestinationConnectors": "connector types this connector can feed when it is a flow's source",
        "supportedSchedulingFrequencies": "how often a scheduled flow reading from this connector may run",
        "isPrivateLinkEnabled": "whether the application can be reached over AWS PrivateLink",
        "isPrivateLinkEndpointUrlRequired": "whether a PrivateLink connection needs an endpoint URL in the profile",
        "supportedTriggerTypes": "what can start a flow that reads from this connector",
        "connectorMetadata": "extra details kept under the member named after the connector",
        "connectorType": "which connector this is; CustomConnector for ones registered in the account",
        "connectorLabel": "name a custom connector was registered under",
        "connectorDescription": "free-text description of the connector",
        "connectorOwner": "who publishes the connector",
        "connectorName": "the connector's display name",
        "connectorVersion": "version of the connector's implementation",
        "connectorArn": "ARN of a registered connector",
        "connectorModes": "modes the connector runs in, such as source or destination",
        "authenticationConfig": "which kinds of credentials a connector profile may use",
        "connectorRuntimeSettings": "settings a profile or flow hands to the connector at run time",
        "supportedApiVersions": "versions of the application's API the connector can call",
        "supportedOperators": "operators flow tasks may apply to this connector's fields",
        "supportedWriteOperations": "how records may be written when this connector is the destination",
        "connectorProvisioningType": "how a custom connector's code is deployed",
        "connectorProvisioningConfig": "where a custom connector's code runs",
        "logoURL": "address of the connector's logo image",
        "registeredAt": "when the connector was registered",
        "registeredBy": "who registered the connector",
        "supportedDataTransferTypes": "whether the connector moves records, files or both",
        "supportedDataTransferApis": "APIs the connector offers for moving data",
    ]

    enum CodingKeys: String, CodingKey {
        case canUseAsSource, canUseAsDestination, supportedDestinationConnectors, supportedSchedulingFrequencies
        case isPrivateLinkEnabled, isPrivateLinkEndpointUrlRequired, supportedTriggerTypes, connectorMetadata
        case connectorType, connectorLabel, connectorDescription, connectorOwner, connectorName, connectorVersion
        case connectorArn, connectorModes, authenticationConfig, connectorRuntimeSettings, supportedApiVersions
        case supportedOperators, supportedWriteOperations, connectorProvisioningType, connectorProvisioningConfig
        case logoURL, registeredAt, registeredBy, supportedDataTransferTypes, supportedDataTransferApis
    }

    public init(
        canUseAsSource: Bool? = nil,
        canUseAsDestination: Bool? = nil,
        supportedDestinationConnectors: [ConnectorType]? = nil,
        supportedSchedulingFrequencies: [ScheduleFrequencyType]? = nil,
        isPrivateLinkEnabled: Bool? = nil,
        isPrivateLinkEndpointUrlRequired: Bool? = nil,
        supportedTriggerTypes: [TriggerType]? = nil,
        connectorMetadata: ConnectorMetadata? = nil,
        connectorType: ConnectorType? = nil,
        connectorLabel: String? = nil,
        connectorDescription: String? = nil,
        connectorOwner: String? = nil,
        connectorName: String? = nil,
        connectorVersion: String? = nil,
        connectorArn: String? = nil,
        connectorModes: [String]? = nil,
        authenticationConfig: AuthenticationConfig? = nil,
        connectorRuntimeSettings: [ConnectorRuntimeSetting]? = nil,
        supportedApiVersions: [String]? = nil,
        supportedOperators: [Operators]? = nil,
        supportedWriteOperations: [WriteOperationType]? = nil,
        connectorProvisioningType: ConnectorProvisioningType? = nil,
        connectorProvisioningConfig: ConnectorProvisioningConfig? = nil,
        logoURL: String? = nil,
        registeredAt: APITimestamp? = nil,
        registeredBy: String? = nil,
        supportedDataTransferTypes: [SupportedDataTransferType]? = nil,
        supportedDataTransferApis: [DataTransferApi]? = nil
    ) {
        self.canUseAsSource = canUseAsSource
        self.canUseAsDestination = canUseAsDestination
        self.supportedDestinationConnectors = supportedDestinationConnectors
        self.supportedSchedulingFrequencies = supportedSchedulingFrequencies
        self.isPrivateLinkEnabled = isPrivateLinkEnabled
        self.isPrivateLinkEndpointUrlRequired = isPrivateLinkEndpointUrlRequired
        self.supportedTriggerTypes = supportedTriggerTypes
        self.connectorMetadata = connectorMetadata
        self.connectorType = connectorType
        self.connectorLabel = connectorLabel
        self.connectorDescription = connectorDescription
        self.connectorOwner = connectorOwner
        self.connectorName = connectorName
        self.connectorVersion = connectorVersion
        self.connectorArn = connectorArn
        self.connectorModes = connectorModes
        self.authenticationConfig = authenticationConfig
        self.connectorRuntimeSettings = connectorRuntimeSettings
        self.supportedApiVersions = supportedApiVersions
        self.supportedOperators = supportedOperators
        self.supportedWriteOperations = supportedWriteOperations
        self.connectorProvisioningType = connectorProvisioningType
        self.connectorProvisioningConfig = connectorProvisioningConfig
        self.logoURL = logoURL
        self.registeredAt = registeredAt
        self.registeredBy = registeredBy
        self.supportedDataTransferTypes = supportedDataTransferTypes
        self.supportedDataTransferApis = supportedDataTransferApis
    }
}
