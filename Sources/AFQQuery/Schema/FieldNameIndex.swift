/// Where each field name of a wide `RecordSchema` first appears. A schema widened with data of
/// thousands of unknown keys has thousands of fields, and the checker looks up every path it
/// meets: searching the fields in a line made a `select` of thousands of columns quadratic.
/// Immutable once made, so schemas holding it stay `Sendable`.
final class FieldNameIndex: Sendable {
    /// Up to this many fields a search in a line is quickest, and no index is made.
    static let linearFields = 64

    let positions: [String: Int]

    private init(_ fields: [FieldSchema]) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(fields.count)
        for (i, field) in fields.enumerated() where positions[field.name] == nil { positions[field.name] = i }
        self.positions = positions
    }

    /// The index of `fields`, or nil when they are few.
    static func make(_ fields: [FieldSchema]) -> FieldNameIndex? {
        fields.count > linearFields ? FieldNameIndex(fields) : nil
    }
}
