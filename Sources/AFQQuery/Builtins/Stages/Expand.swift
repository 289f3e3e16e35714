/// `expand PATH [as NAME]`: one row per element of the list at PATH (afq-language §5). Rows whose
/// list is null or empty produce none; a value that is not a list counts as a list of itself, so
/// no row with data disappears.
final class Expand: RowSink {
    let path: [String]
    /// Where each element goes: the alias, or the list's own place.
    let target: [String]
    /// The target when it is one top-level key (the usual case): set by position.
    private let targetKey: String?
    let next: RowSink

    init(_ path: [String], alias: String?, next: RowSink) {
        self.path = path
        self.target = alias.map { [$0] } ?? path
        self.targetKey = target.count == 1 ? target[0] : nil
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        let elements: [Value]
        switch row.value.value(at: path[...]) {
        case .null: return true
        case .list(let l): elements = l
        case let single: elements = [single]
        }
        // One row is changed in place for every element and lent to the next stage: the first
        // change copies the row's record, and later ones reuse that copy unless the next stage
        // kept the previous row. A new `Row` per element would retain and release its record and
        // its source's strings each time (issue 5: a third of `expand | group by` in the shell).
        var current = row
        var fieldIndex: Int? = nil
        for i in elements.indices {
            if let targetKey {
                current.value.setField(targetKey, to: elements[i], index: &fieldIndex)
            } else {
                current.value.set(target[...], to: elements[i])
            }
            guard try next.push(current) else { return false }
        }
        return true
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
