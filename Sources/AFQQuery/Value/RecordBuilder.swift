/// Builds a record key by key, a key given again replacing its value in its place, as assigning
/// through `Record`'s subscript does. The subscript searches the keys in a line, quickest for the
/// thirty or so keys of a configuration but quadratic over a record of thousands; past
/// `linearKeys` keys the builder keeps a table from each key's code points to its position, so
/// building a wide record stays linear in its size.
public struct RecordBuilder {
    public private(set) var record: Record
    /// Keyed by code points, not `String`, whose equality is canonical equivalence: a record's keys
    /// match by code points (`Record.index(of:)`).
    private var positions: [[UInt8]: Int]? = nil
    static let linearKeys = 32

    public init(reservingCapacity capacity: Int = 0) {
        record = Record()
        record.reserveCapacity(capacity)
    }

    public mutating func set(_ key: String, _ value: Value) {
        if positions == nil {
            if record.count < RecordBuilder.linearKeys {
                record[key] = value
                return
            }
            var table: [[UInt8]: Int] = [:]
            table.reserveCapacity(record.count * 2)
            for (i, existing) in record.keys.enumerated() { table[Array(existing.utf8)] = i }
            positions = table
        }
        let codePoints = Array(key.utf8)
        if let i = positions?[codePoints] {
            record.replaceValue(at: i, with: value)
        } else {
            positions?[codePoints] = record.count
            record.appendUnchecked(key, value)
        }
    }
}
