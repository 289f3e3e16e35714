/// Widening a declared schema with the keys real data carries, so newer API fields stay usable
/// (docs/language.md, "Fields and paths": paths are checked "against the AppFlow model plus any
/// extra keys found in the loaded data").
extension SchemaType {
    /// The type of one observed value; records list their keys in order of appearance.
    public static func inferred(from value: Value) -> SchemaType {
        switch value {
        case .null: return .any
        case .bool: return .boolean
        case .number: return .number
        case .string: return .string
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .list(let elements):
            var element: SchemaType? = nil
            for item in elements {
                let t = inferred(from: item)
                element = element.map { $0.merged(with: t) } ?? t
            }
            return .list(element ?? .any)
        case .record(let record):
            return .record(
                RecordSchema(fields: record.fields.map { FieldSchema(name: $0, type: inferred(from: $1)) }))
        }
    }

    /// This type with the members of `other` that it lacks added; known members keep their type,
    /// and a type that disagrees with the data widens to `any` so no field becomes unreachable.
    public func merged(with other: SchemaType) -> SchemaType {
        switch (self, other) {
        case (_, .any): return self
        case (.any, _): return self
        case (.record(var mine), .record(let theirs)):
            for field in theirs.fields {
                if let i = mine.fields.firstIndex(where: { $0.name == field.name }) {
                    mine.fields[i].type = mine.fields[i].type.merged(with: field.type)
                } else {
                    mine.fields.append(field)
                }
            }
            return .record(mine)
        case (.list(let a), .list(let b)): return .list(a.merged(with: b))
        case (.enumeration, .string), (.timestamp, .number), (.timestamp, .string): return self
        default: return self == other ? self : .any
        }
    }
}
