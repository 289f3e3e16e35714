/// `distinct`: drops rows deeply equal to an earlier row, keeping first occurrences in order.
final class Distinct: RowSink {
    private var seen: Set<Value> = []
    let next: RowSink

    init(next: RowSink) {
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        guard seen.insert(row.value).inserted else { return true }
        return try next.push(row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
