import AFQQuery

/// Widens the model's schema with the shape of loaded rows (docs/language.md, "Fields and paths":
/// paths are checked "against the AppFlow model plus any extra keys found in the loaded data"),
/// giving the same result as merging every row's `SchemaType.inferred(from:)` into the schema one
/// row after another, but without building a type per row: known fields are checked in place and
/// only keys the schema lacks are inferred.
struct SchemaWidener {
    private let root: ShapeNode

    init(_ schema: Schema) {
        root = ShapeNode(.record(schema.row))
    }

    func widen(with value: Value) {
        _ = root.widen(with: value)
    }

    var schema: Schema {
        if case .record(let row) = root.type { return Schema(row: row) }
        return Schema(row: RecordSchema(fields: []))
    }
}

/// A mutable mirror of one `SchemaType`, with a dictionary per record for quick key lookup.
private final class ShapeNode {
    private let original: SchemaType
    private var changed = false
    private var isAny: Bool
    private var element: ShapeNode?
    private var fieldIndex: [String: Int] = [:]
    private var fieldNodes: [ShapeNode] = []
    private var fields: [FieldSchema] = []
    private var isRecord = false
    /// The keys of the last record seen and their field indices: rows of one source mostly share
    /// their key order, and interned keys compare by identity, so this skips the dictionary.
    private var lastKeys: [String] = []
    private var lastIndices: [Int] = []

    init(_ type: SchemaType) {
        original = type
        isAny = false

        switch type {
        case .any:
            isAny = true
        case .list(let elementType):
            element = ShapeNode(elementType)
        case .record(let record):
            isRecord = true
            fields = record.fields
            fieldNodes = record.fields.map { ShapeNode($0.type) }
            for (i, field) in record.fields.enumerated() where fieldIndex[field.name] == nil {
                fieldIndex[field.name] = i
            }
        default:
            break
        }
    }

    /// Widens with one observed value; true when the type changed.
    func widen(with value: Value) -> Bool {
        if isAny { return false }
        if case .null = value { return false }
        var didChange = false
        if isRecord {
            guard case .record(let record) = value else { return becomeAny() }
            if record.keys == lastKeys {
                for (j, member) in record.values.enumerated() where fieldNodes[lastIndices[j]].widen(with: member) {
                    didChange = true
                }
            } else {
                lastIndices.removeAll(keepingCapacity: true)
                for (key, member) in record.fields {
                    if let i = fieldIndex[key] {
                        lastIndices.append(i)
                        if fieldNodes[i].widen(with: member) { didChange = true }
                    } else {
                        lastIndices.append(fields.count)
                        fieldIndex[key] = fields.count
                        let type = SchemaType.inferred(from: member)
                        fields.append(FieldSchema(name: key, type: type))
                        fieldNodes.append(ShapeNode(type))
                        didChange = true
                    }
                }
                lastKeys = record.keys
            }
        } else if let element {
            guard case .list(let items) = value else { return becomeAny() }
            for item in items where element.widen(with: item) { didChange = true }
        } else {
            switch (original, value) {
            case (.boolean, .bool), (.number, .number), (.string, .string), (.timestamp, .timestamp),
                (.timestamp, .number), (.timestamp, .string), (.enumeration, .string):
                return false
            default:
                return becomeAny()
            }
        }
        if didChange { changed = true }
        return didChange
    }

    private func becomeAny() -> Bool {
        isAny = true
        changed = true
        element = nil
        fieldNodes = []
        fieldIndex = [:]
        lastKeys = []
        lastIndices = []
        return true
    }

    var type: SchemaType {
        if isAny { return .any }
        guard changed else { return original }
        if let element { return .list(element.type) }
        guard case .record(let record) = original else { return original }
        return .record(
            RecordSchema(
                name: record.name,
                fields: zip(fields, fieldNodes).map { FieldSchema(name: $0.name, type: $1.type, summary: $0.summary) }))
    }
}
