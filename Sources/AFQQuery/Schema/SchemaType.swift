/// The static type of a value, as the checker and completion see it.
public indirect enum SchemaType: Sendable, Hashable {
    /// Nothing is known: any field may be read below it.
    case any
    case boolean
    case number
    case string
    case timestamp
    /// A length of time: never in data, made by the language (`90d`, `now() - ts`). The checker
    /// keeps it apart from numbers (docs/language.md, "Time").
    case duration
    /// A string drawn from a known set; values outside it are kept, never rejected, since the
    /// service may send values its model does not list (README, "Data").
    case enumeration(EnumSchema)
    case list(SchemaType)
    case record(RecordSchema)

    /// The name `.schema` prints: `string`, `list of WriteOperationType`, `record`.
    public var displayName: String {
        switch self {
        case .any: return "any"
        case .boolean: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .timestamp: return "timestamp"
        case .duration: return "duration"
        case .enumeration(let e): return e.name
        case .list(let element): return "list of \(element.displayName)"
        case .record(let r): return r.name ?? "record"
        }
    }
}

/// A named set of known string values, e.g. `WriteOperationType`.
public struct EnumSchema: Sendable, Hashable {
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// One named member of a record.
public struct FieldSchema: Sendable, Hashable {
    public var name: String
    public var type: SchemaType
    /// One line for `.schema` and completion.
    public var summary: String

    public init(name: String, type: SchemaType, summary: String = "") {
        self.name = name
        self.type = type
        self.summary = summary
    }
}

/// A record's known members, in the model's order.
public struct RecordSchema: Sendable, Hashable {
    /// The model's name for the structure (`AuthenticationConfig`), when it has one.
    public var name: String?
    public var fields: [FieldSchema] {
        didSet { index = FieldNameIndex.make(fields) }
    }
    /// Where each name is, for a schema of many fields; nil for the usual few.
    private var index: FieldNameIndex?

    public init(name: String? = nil, fields: [FieldSchema]) {
        self.name = name
        self.fields = fields
        index = FieldNameIndex.make(fields)
    }

    public func field(named name: String) -> FieldSchema? {
        if let index { return index.positions[name].map { fields[$0] } }
        return fields.first { $0.name == name }
    }

    public static func == (lhs: RecordSchema, rhs: RecordSchema) -> Bool {
        lhs.name == rhs.name && lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(fields)
    }
}
