import AFQQuery

/// How `SkipStage` runs in the engine: its sink, and what of it the workers may do.
extension SkipStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink {
        Sink(try RowCountArgument.value(of: count, stage: "skip", context.constants), next: next)
    }

    package var unsharedCopy: SkipStage { SkipStage(count: count.unsharedCopy) }

    final class Sink: RowSink {
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
}
