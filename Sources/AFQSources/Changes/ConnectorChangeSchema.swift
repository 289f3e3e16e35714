import AFQQuery

/// The rows of `changes` (docs/changes.md, "The rows"): what happened to a connector between the
/// baseline and the current data, with both configurations typed by the connectors' own schema,
/// so `after.supportedWriteOperations` is checked and completed as `supportedWriteOperations` is.
public enum ConnectorChangeSchema {
    /// The values of `change`.
    static let added = "added"
    static let removed = "removed"
    static let changed = "changed"

    static let changeKind = EnumSchema(name: "ChangeKind", values: [added, removed, changed])

    /// The schema of a change row given the schema of the connectors on either side.
    public static func schema(connectors: Schema) -> Schema {
        let configuration = SchemaType.record(connectors.row)
        let typeOfConnectorType = connectors.row.field(named: "connectorType")?.type ?? .string
        return Schema(
            row: RecordSchema(
                name: "ConnectorChange",
                fields: [
                    FieldSchema(
                        name: "change", type: .enumeration(changeKind),
                        summary: "added (only in the current data), removed (only in the baseline) or changed"),
                    FieldSchema(name: "connectorType", type: typeOfConnectorType, summary: "the connector's type"),
                    FieldSchema(name: "connectorLabel", type: .string, summary: "a custom connector's label"),
                    FieldSchema(name: "region", type: .string, summary: "the AWS region the connector is in"),
                    FieldSchema(name: "account", type: .string, summary: "the AWS account the connector is in"),
                    FieldSchema(
                        name: "before", type: configuration,
                        summary: "the configuration in the baseline; null when added"),
                    FieldSchema(
                        name: "after", type: configuration,
                        summary: "the configuration in the current data; null when removed"),
                    FieldSchema(
                        name: "paths", type: .list(.string),
                        summary: "the field paths whose values differ, sorted; null unless changed"),
                ]))
    }
}
