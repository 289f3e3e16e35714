/// A setting a custom connector needs at run time, supplied by the profile or the flow
/// (Amazon AppFlow API Reference, ConnectorRuntimeSetting).
public struct ConnectorRuntimeSetting: ModelStructure {
    public var key: String?
    public var dataType: String?
    public var isRequired: Bool?
    public var label: String?
    public var description: String?
    public var scope: String?
    public var connectorSuppliedValueOptions: [String]?

    public static let fieldSummaries: [String: String] = [
        "key": "name under which the connector receives the setting",
        "dataType": "type of the setting's value",
        "isRequired": "whether the setting must be given",
        "label": "name of the setting shown to users",
        "description": "explanation of the setting shown to users",
        "scope": "where the setting is given, such as the profile, the source or the destination",
        "connectorSuppliedValueOptions": "values the connector allows for the setting",
    ]

    public init(
        key: String? = nil,
        dataType: String? = nil,
        isRequired: Bool? = nil,
        label: String? = nil,
        description: String? = nil,
        scope: String? = nil,
        connectorSuppliedValueOptions: [String]? = nil
    ) {
        self.key = key
        self.dataType = dataType
        self.isRequired = isRequired
        self.label = label
        self.description = description
        self.scope = scope
        self.connectorSuppliedValueOptions = connectorSuppliedValueOptions
    }
}
