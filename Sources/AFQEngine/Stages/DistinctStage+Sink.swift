import AFQQuery

/// How `DistinctStage` runs in the engine: its sink, and what of it the workers may do.
extension DistinctStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink { Sink(next: next) }

    package var unsharedCopy: DistinctStage { self }

    final class Sink: RowSink {
        private var seen: Set<GroupingKey> = []
        let next: RowSink

        init(next: RowSink) {
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            guard seen.insert(GroupingKey(row.value)).inserted else { return true }
            return try next.push(row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
