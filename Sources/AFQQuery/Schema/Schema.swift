/// The shape of the rows a source produces: the model's fields plus the extra keys seen in the data.
public struct Schema: Sendable, Hashable {
    public var row: RecordSchema

    public init(row: RecordSchema) {
        self.row = row
    }

    /// The type at a dotted path below the row, mapping over lists as paths do (docs/language.md,
    /// "Fields and paths");
    /// nil when some step names no known field.
    public func type(at path: [String]) -> SchemaType? {
        var type = SchemaType.record(row)
        for step in path {
            guard let next = type.member(step) else { return nil }
            type = next
        }
        return type
    }
}

extension SchemaType {
    /// The type of `.name` applied to a value of this type; lists map over their elements.
    /// `any` answers `any`, so data the model does not describe stays queryable.
    public func member(_ name: String) -> SchemaType? {
        switch self {
        case .any: return .any
        case .record(let r): return r.field(named: name)?.type
        case .list(let element):
            guard let inner = element.member(name) else { return nil }
            if case .list = inner { return inner }
            return .list(inner)
        default: return nil
        }
    }
}
