import AFQQuery

/// A field path (`a.b.c`) read where its value is, and the value lent to the caller `inout`
/// instead of copied (`RowSink.push(lent:)` says why a lent value costs no reference counting).
///
/// A copy retains the value, and over loaded rows the value is often met for the first time in
/// this query: each connector's own operator list, or its ARN. The retain is an atomic operation
/// on a line not yet in the cache, and no later load starts before an atomic operation ends, so
/// the misses of the next rows, which `RowPrefetch` had started, stop overlapping (measured:
/// docs/performance.md, "Results").
///
/// The value is lent, never changed: rows are not changed while a query reads them, and other
/// threads may be reading the same rows, so it is lent through a slot of this path's own for
/// each step of the path (`Lending`). A path serves one sink on one thread.
final class LentFieldPath {
    let names: [String]
    private let fields: FieldLookup
    /// Where the value at each step of the path is lent from (`Lending`).
    private let slots: UnsafeMutablePointer<Value>

    init(_ names: [String], fields: FieldLookup) {
        precondition(!names.isEmpty, "a path names a field")
        self.names = names.map(fields.canonicalName)
        self.fields = fields
        self.slots = .allocate(capacity: names.count)
    }

    deinit {
        // Never initialised: the slots hold lent bits, which own nothing.
        slots.deallocate()
    }

    /// `body` of the value at the path in `row`, null for a missing key or a member of a scalar
    /// (docs/language.md, "Fields and paths"), and of `row`; nil, with `body` not called, when the
    /// general evaluation must decide: a member of a list maps over its elements, and so does a row
    /// that is a list. The row is handed on so that `body` need not capture it: a closure capturing
    /// it copied it.
    @inline(__always)
    func withValue<Result, Failure>(in row: Row, _ body: (inout Value, Row) throws(Failure) -> Result)
        throws(Failure) -> Result?
    {
        switch row.value {
        case .record(let record): return try withValue(in: record, from: 0, of: row, body)
        case .list: return nil
        default:
            var null = Value.null
            return try body(&null, row)
        }
    }

    private func withValue<Result, Failure>(
        in record: Record, from depth: Int, of row: Row, _ body: (inout Value, Row) throws(Failure) -> Result
    ) throws(Failure) -> Result? {
        guard let index = fields.index(of: names[depth], in: record) else {
            var null = Value.null
            return try body(&null, row)
        }
        return try record.values.withUnsafeBufferPointer { buffer throws(Failure) -> Result? in
            // A record with a field has a buffer.
            guard let values = buffer.baseAddress else { return nil }
            let lent = Lending.lend(values + index, through: slots + depth)
            if depth == names.count - 1 { return try body(&lent.pointee, row) }
            return try withMember(of: &lent.pointee, from: depth + 1, of: row, body)
        }
    }

    private func withMember<Result, Failure>(
        of value: inout Value, from depth: Int, of row: Row, _ body: (inout Value, Row) throws(Failure) -> Result
    ) throws(Failure) -> Result? {
        switch value {
        case .record(let record): return try withValue(in: record, from: depth, of: row, body)
        case .list: return nil
        default:
            var null = Value.null
            return try body(&null, row)
        }
    }
}
