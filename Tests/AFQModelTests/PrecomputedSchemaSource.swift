import AFQQuery

/// Writes `Sources/AFQModel/Schema/PrecomputedSchema.swift`: the record schemas derived from the
/// model's Codable types, as Swift declarations, one per structure and enumeration, so afq starts
/// without walking the model's decoders (docs/performance.md, "Results", "Start-up, 24 ms → 4 ms").
///
/// This is the only way that file is made: `PrecomputedSchemaTests` renders it from the
/// derivation and fails, saying how to regenerate it, when the committed file differs.
enum PrecomputedSchemaSource {
    static func render(roots: [(property: String, schema: RecordSchema)]) -> String {
        var records: [String: RecordSchema] = [:]
        var enumerations: [String: EnumSchema] = [:]
        for root in roots { collect(.record(root.schema), records: &records, enumerations: &enumerations) }

        var lines = [
            "// Generated from the Codable model by Tests/AFQModelTests/PrecomputedSchemaSource.swift; do not",
            "// edit. PrecomputedSchemaTests fails while this file differs from the model; after changing the",
            "// model, regenerate it: AFQ_RECORD=1 swift test --filter PrecomputedSchemaTests",
            "// swift-format-ignore-file",
            "import AFQQuery",
            "",
            "/// The model's record schemas as `SchemaExtractor` derives them from the Codable types, written",
            "/// out ahead of time: the derivation casts each member type to a protocol, and every cast scans",
            "/// all conformance records of the process, which made it the largest part of afq's start-up",
            "/// (docs/performance.md). The Codable types stay the source: a test keeps this file equal to",
            "/// what they derive.",
            "enum PrecomputedSchema {",
        ]
        for root in roots {
            lines.append("    static let \(root.property) = \(recordName(root.schema))")
        }
        for (name, record) in records.sorted(by: { $0.key < $1.key }) {
            lines.append("")
            let declaration = "    static let \(recordName(record)) = RecordSchema(name: \(literal(name)), fields: ["
            guard !record.fields.isEmpty else {
                lines.append(declaration + "])")
                continue
            }
            lines.append(declaration)
            for field in record.fields {
                lines.append(
                    "        FieldSchema(name: \(literal(field.name)), type: \(expression(field.type)), "
                        + "summary: \(literal(field.summary))),")
            }
            lines.append("    ])")
        }
        for (name, enumeration) in enumerations.sorted(by: { $0.key < $1.key }) {
            let values = enumeration.values.map(literal).joined(separator: ", ")
            lines.append("")
            lines.append(
                "    static let \(enumerationName(name)) = EnumSchema(name: \(literal(name)), values: [\(values)])")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func collect(
        _ type: SchemaType, records: inout [String: RecordSchema], enumerations: inout [String: EnumSchema]
    ) {
        switch type {
        case .record(let record):
            let name = record.name ?? ""
            precondition(!name.isEmpty, "model records are named")
            precondition(records[name] == nil || records[name] == record, "one schema per model name: \(name)")
            records[name] = record
            for field in record.fields { collect(field.type, records: &records, enumerations: &enumerations) }
        case .enumeration(let enumeration):
            enumerations[enumeration.name] = enumeration
        case .list(let element):
            collect(element, records: &records, enumerations: &enumerations)
        case .any, .boolean, .number, .string, .timestamp, .duration:
            break
        }
    }

    private static func expression(_ type: SchemaType) -> String {
        switch type {
        case .any: return ".any"
        case .boolean: return ".boolean"
        case .number: return ".number"
        case .string: return ".string"
        case .timestamp: return ".timestamp"
        case .duration: return ".duration"
        case .enumeration(let enumeration): return ".enumeration(\(enumerationName(enumeration.name)))"
        case .list(let element): return ".list(\(expression(element)))"
        case .record(let record): return ".record(\(recordName(record)))"
        }
    }

    private static func recordName(_ record: RecordSchema) -> String { lowerFirst(record.name ?? "") + "Record" }
    private static func enumerationName(_ name: String) -> String { lowerFirst(name) + "Enumeration" }

    /// `SAPODataMetadata` → `sapoDataMetadata`: the leading run of capitals is lowered.
    private static func lowerFirst(_ name: String) -> String {
        let capitals = name.prefix { $0.isUppercase }
        let lowered = capitals.count > 1 && capitals.count < name.count ? capitals.dropLast() : capitals
        return lowered.lowercased() + name.dropFirst(lowered.count)
    }

    private static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
