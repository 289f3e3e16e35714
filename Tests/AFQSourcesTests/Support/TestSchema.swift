import AFQQuery

/// A small stand-in for the model's ConnectorConfiguration schema (AFQModel provides the real one):
/// enough members to recognise bare configurations, one timestamp at top level and one inside a
/// list of records.
enum TestSchema {
    static let connectorType = EnumSchema(
        name: "ConnectorType", values: ["Salesforce", "Slack", "S3", "CustomConnector"])
    static let writeOperation = EnumSchema(
        name: "WriteOperationType", values: ["INSERT", "UPSERT", "UPDATE", "DELETE"])

    static let schema = Schema(
        row: RecordSchema(
            name: "ConnectorConfiguration",
            fields: [
                FieldSchema(name: "canUseAsSource", type: .boolean),
                FieldSchema(name: "canUseAsDestination", type: .boolean),
                FieldSchema(name: "supportedWriteOperations", type: .list(.enumeration(writeOperation))),
                FieldSchema(name: "connectorType", type: .enumeration(connectorType)),
                FieldSchema(name: "connectorLabel", type: .string),
                FieldSchema(name: "connectorName", type: .string),
                FieldSchema(name: "connectorArn", type: .string),
                FieldSchema(name: "connectorModes", type: .list(.string)),
                FieldSchema(
                    name: "authenticationConfig",
                    type: .record(
                        RecordSchema(
                            name: "AuthenticationConfig",
                            fields: [
                                FieldSchema(name: "isOAuth2Supported", type: .boolean),
                                FieldSchema(name: "isBasicAuthSupported", type: .boolean),
                            ]))),
                FieldSchema(name: "registeredAt", type: .timestamp),
                FieldSchema(
                    name: "versionHistory",
                    type: .list(
                        .record(
                            RecordSchema(fields: [
                                FieldSchema(name: "version", type: .string),
                                FieldSchema(name: "releasedAt", type: .timestamp),
                            ])))),
            ]))
}
