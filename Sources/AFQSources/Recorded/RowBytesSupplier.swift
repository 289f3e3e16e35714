import AFQEngine
import AFQQuery

/// A supplier whose rows can come with the bytes they were read from (`RecordedStream`).
protocol RowBytesSupplier: ConcurrentRowSupplier {
    /// The bytes at `locations`, read again, one after another, and where each starts: a side of
    /// `changes` then need not digest a row before it knows the row is needed.
    func bytes(at locations: [RowLocation]) throws -> (bytes: [UInt8], starts: [Int])
    /// Where rows hold timestamps, which loading converts.
    var timestampPaths: TimestampPaths { get }

    /// As `forEachBatch`, with `transform` also given the bytes of its batch; nil when the rows
    /// were not read from bytes just then (they were loaded before, or read whole to settle
    /// ConnectorDetail summaries), and then the rows are whole whatever `demand` says.
    func forEachBatchWithBytes<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>, RowBytes?) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws
}
