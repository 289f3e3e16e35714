/// `expand PATH [as NAME]`: one row per element of the list at PATH (afq-language §5). Rows whose
/// list is null or empty produce none; a value that is not a list counts as a list of itself, so
/// no row with data disappears.
final class Expand: RowSink {
    let path: [String]
    let alias: String?
    let next: RowSink

    init(_ path: [String], alias: String?, next: RowSink) {
        self.path = path
        self.alias = alias
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        let elements: [Value]
        switch row.value.value(at: path[...]) {
        case .null: return true
        case .list(let l): elements = l
        case let single: elements = [single]
        }
        for element in elements {
            var value = row.value
            if let alias {
                if case .record(var r) = value {
                    r[alias] = element
                    value = .record(r)
                }
            } else {
                value = value.setting(path[...], to: element)
            }
            guard try next.push(Row(value, source: row.source)) else { return false }
        }
        return true
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
