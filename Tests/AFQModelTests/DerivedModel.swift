import AFQModel
import AFQQuery

/// The structures and enumerations found by walking derived schemas, keyed by model name, with
/// members spelled as the facts fixture spells them.
struct DerivedModel {
    private(set) var structures: [String: [ModelFacts.Member]] = [:]
    private(set) var enums: [String: [String]] = [:]
    private(set) var records: [RecordSchema] = []

    init(roots: [RecordSchema]) {
        for root in roots { visit(.record(root)) }
    }

    private mutating func visit(_ type: SchemaType) {
        switch type {
        case .enumeration(let e):
            enums[e.name] = e.values
        case .list(let element):
            visit(element)
        case .record(let record):
            let name = record.name ?? "<unnamed>"
            guard structures[name] == nil else { return }
            records.append(record)
            structures[name] = record.fields.map { ModelFacts.Member(name: $0.name, type: Self.spelling($0.type)) }
            for field in record.fields { visit(field.type) }
        case .any, .boolean, .number, .string, .timestamp, .duration:
            break
        }
    }

    static func spelling(_ type: SchemaType) -> String {
        switch type {
        case .any: return "any"
        case .boolean: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .timestamp: return "timestamp"
        case .duration: return "duration"
        case .enumeration(let e): return e.name
        case .list(let element): return "list of " + spelling(element)
        case .record(let record): return record.name ?? "<unnamed>"
        }
    }
}
