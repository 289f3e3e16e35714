import AFQQuery

/// How `CountStage` runs in the engine: its sink, and what of it the workers may do.
extension CountStage: SinkStage {
    /// Each batch is counted where it was read.
    func partOnWorkers() -> BatchEnding? { .count }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink { Sink(next: next) }

    package var unsharedCopy: CountStage { self }

    final class Sink: RowSink {
        private var n = 0
        let next: RowSink

        init(next: RowSink) {
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            n += 1
            return true
        }

        /// Rows counted on a worker thread.
        override func merge(_ part: BatchPart) {
            guard case .count(let rows) = part else { return super.merge(part) }
            n += rows
        }

        override func finish() throws(RuntimeError) {
            _ = try next.push(Row(.number(Double(n))))
            try next.finish()
        }
    }
}
