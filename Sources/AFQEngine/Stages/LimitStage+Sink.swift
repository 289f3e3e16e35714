import AFQQuery

/// How `LimitStage` runs in the engine: its sink, and what of it the workers may do.
extension LimitStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink {
        Sink(try RowCountArgument.value(of: count, stage: "limit", context.constants), next: next)
    }

    package var unsharedCopy: LimitStage { LimitStage(count: count.unsharedCopy) }

    final class Sink: RowSink {
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
}
