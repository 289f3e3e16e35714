/// What the checker needs to know besides the program: the rows' schema, the parameters set,
/// and the output formats a `to` stage may name (they belong to the renderer, not the language).
public struct CheckContext: Sendable {
    public var schema: Schema
    public var parameters: [String: Value]
    public var outputFormats: [String]

    public init(schema: Schema, parameters: [String: Value] = [:], outputFormats: [String] = []) {
        self.schema = schema
        self.parameters = parameters
        self.outputFormats = outputFormats
    }

    /// The type of `$source` (docs/language.md, "Variables"): where a row came from.
    static let sourceType = SchemaType.record(
        RecordSchema(
            name: "Source",
            fields: [
                FieldSchema(name: "region", type: .string, summary: "the AWS region the row was read from"),
                FieldSchema(name: "account", type: .string, summary: "the AWS account id"),
                FieldSchema(
                    name: "accountName", type: .string, summary: "the account's name in its AWS organisation"),
                FieldSchema(name: "file", type: .string, summary: "the recorded file the row was read from"),
            ]))
}
