/// `reject PATH, ...`: drops those columns or nested keys from each row (afq-language §5).
final class Reject: RowSink {
    let paths: [[String]]
    let next: RowSink

    init(_ paths: [[String]], next: RowSink) {
        self.paths = paths
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        var value = row.value
        for path in paths { value = value.removing(path[...]) }
        return try next.push(value, sourceOf: row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
