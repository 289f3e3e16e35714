/// `limit N`: keeps the first N rows, then asks for no more (afq-language §5).
final class Limit: RowSink {
    private var remaining: Int
    let next: RowSink

    init(_ n: Int, next: RowSink) {
        self.remaining = n
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        guard remaining > 0 else { return false }
        remaining -= 1
        return try next.push(row) && remaining > 0
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
