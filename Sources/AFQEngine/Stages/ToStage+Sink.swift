import AFQQuery

/// How `ToStage` runs in the engine: its sink, and what of it the workers may do.
extension ToStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink { next }

    package var unsharedCopy: ToStage { ToStage(format: format.unsharedCopy) }
}
