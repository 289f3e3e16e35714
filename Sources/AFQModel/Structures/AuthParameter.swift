/// One credential or setting a custom authentication scheme asks for (Amazon AppFlow API
/// Reference, AuthParameter).
public struct AuthParameter: ModelStructure {
    public var key: String?
    public var isRequired: Bool?
    public var label: String?
    public var description: String?
    public var isSensitiveField: Bool?
    public var connectorSuppliedValues: [String]?

    public static let fieldSummaries: [String: String] = [
        "key": "name under which the connector receives the value",
        "isRequired": "whether a profile must give a value",
        "label": "name of the parameter shown to users",
        "description": "explanation of the parameter shown to users",
        "isSensitiveField": "whether the value is secret and masked on display",
        "connectorSuppliedValues": "values the connector proposes for the parameter",
    ]

    public init(
        key: String? = nil,
        isRequired: Bool? = nil,
        label: String? = nil,
        description: String? = nil,
        isSensitiveField: Bool? = nil,
        connectorSuppliedValues: [String]? = nil
    ) {
        self.key = key
        self.isRequired = isRequired
        self.label = label
        self.description = description
        self.isSensitiveField = isSensitiveField
        self.connectorSuppliedValues = connectorSuppliedValues
    }
}
