/// `skip N`: drops the first N rows (afq-language §5).
final class Skip: RowSink {
    private var remaining: Int
    let next: RowSink

    init(_ n: Int, next: RowSink) {
        self.remaining = n
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        if remaining > 0 {
            remaining -= 1
            return true
        }
        return try next.push(row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
