/// `count`: a single number, how many rows reached it (afq-language §5).
final class Count: RowSink {
    private var n = 0
    let next: RowSink

    init(next: RowSink) {
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        n += 1
        return true
    }

    /// Rows counted elsewhere (a batch, on a worker thread).
    func add(_ rows: Int) {
        n += rows
    }

    override func finish() throws(RuntimeError) {
        _ = try next.push(Row(.number(Double(n))))
        try next.finish()
    }
}
