/// A connector-defined parameter sent with the OAuth 2.0 token or authorization request
/// (Amazon AppFlow API Reference, OAuth2CustomParameter).
public struct OAuth2CustomParameter: ModelStructure {
    public var key: String?
    public var isRequired: Bool?
    public var label: String?
    public var description: String?
    public var isSensitiveField: Bool?
    public var connectorSuppliedValues: [String]?
    public var type: OAuth2CustomPropType?

    public static let fieldSummaries: [String: String] = [
        "key": "parameter name as sent to the OAuth endpoint",
        "isRequired": "whether a profile must give the parameter a value",
        "label": "name of the parameter shown to users",
        "description": "explanation of the parameter shown to users",
        "isSensitiveField": "whether the value is secret and masked on display",
        "connectorSuppliedValues": "values the connector proposes for the parameter",
        "type": "whether the parameter goes with the token request or the authorization request",
    ]

    public init(
        key: String? = nil,
        isRequired: Bool? = nil,
        label: String? = nil,
        description: String? = nil,
        isSensitiveField: Bool? = nil,
        connectorSuppliedValues: [String]? = nil,
        type: OAuth2CustomPropType? = nil
    ) {
        self.key = key
        self.isRequired = isRequired
        self.label = label
        self.description = description
        self.isSensitiveField = isSensitiveField
        self.connectorSuppliedValues = connectorSuppliedValues
        self.type = type
    }
}
