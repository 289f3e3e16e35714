import AFQQuery

/// How one batch's expressions find fields in records: through a `FieldPositions` table borrowed
/// for the batch's life, so that rows sharing a keys array are looked up by its identity, and
/// field names made one string per text (`canonicalName`) so that their identities repeat too.
/// Not thread-safe: each batch's `ExpressionEvaluator` has its own.
final class FieldLookup {
    private let positions = FieldPositions.borrow()

    deinit {
        FieldPositions.giveBack(positions)
    }

    /// `value.member(name)`.
    @inline(__always)
    func member(_ name: String, of value: Value) -> Value {
        guard case .record(let record) = value else { return value.member(name) }
        return positions.index(of: name, in: record).map { record.values[$0] } ?? .null
    }

    /// `name` as the lookups of this table know it (`FieldPositions.canonicalName`).
    func canonicalName(_ name: String) -> String {
        positions.canonicalName(name)
    }

    /// `record.index(of: name)`.
    @inline(__always)
    func index(of name: String, in record: Record) -> Int? {
        positions.index(of: name, in: record)
    }
}
