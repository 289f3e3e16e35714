import AFQQuery

/// How `RejectStage` runs in the engine: its sink, and what of it the workers may do.
extension RejectStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(fieldPaths, next: next)
    }

    package var unsharedCopy: RejectStage { RejectStage(paths: paths.map(\.unsharedCopy)) }

    final class Sink: RowSink {
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
}
