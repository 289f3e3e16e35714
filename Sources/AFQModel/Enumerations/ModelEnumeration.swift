import AFQQuery

/// A string enumeration of the AppFlow model that keeps values it does not know.
///
/// Real responses carry enum strings outside the modeled set (the sample response on the
/// DescribeConnectors page of the Amazon AppFlow API Reference writes schedule frequencies as
/// `Minute`, `Hour`, …), and the service may add values at any time, so a closed Swift `enum`
/// would reject good data. Conforming types are structs wrapping the wire string, with the
/// modeled values as static members, in the service model's order.
public protocol ModelEnumeration: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Accepts any string: unknown values are kept verbatim.
    init(rawValue: String)

    /// The modeled values, in the service model's order.
    static var knownValues: [Self] { get }

    /// The enumeration's name in the service model (`WriteOperationType`).
    static var modelName: String { get }
}

extension ModelEnumeration {
    /// The type's own name; `_typeName` skips `String(describing:)`'s protocol lookups.
    public static var modelName: String { _typeName(self, qualified: false) }

    /// The enumeration as the query checker and `.schema` see it.
    public static var enumSchema: EnumSchema {
        EnumSchema(name: modelName, values: knownValues.map(\.rawValue))
    }

    /// Whether the value is one the service model lists; false for values such as `Minute`.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    public var description: String { rawValue }

    /// Reads any JSON string; only a non-string is an error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
