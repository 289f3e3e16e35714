import AFQQuery

/// Rows already in memory, cut into batches for `ConcurrentRowSupplier`: the shell answers from
/// loaded data with every core, as batch mode does from a file.
public enum RowBatches {
    /// Rows per batch: large enough that handing a batch to a thread costs little against the
    /// work on it, small enough that both cores get work on a few thousand rows.
    static let batchSize = 2048

    public static func forEachBatch<Output: Sendable>(
        of rows: [Row], transform: @escaping @Sendable (ArraySlice<Row>) -> Output, _ consume: (Output) throws -> Bool
    ) throws {
        let batchCount = (rows.count + batchSize - 1) / batchSize
        let cursor = BatchCursor(count: batchCount)
        try OrderedParallelMap.run(
            workers: batchCount > 1 ? OrderedParallelMap.workerCount : 1,
            next: { cursor.next() },
            work: { index in
                transform(rows[(index * batchSize)..<min(rows.count, (index + 1) * batchSize)])
            },
            consume: consume)
    }
}

/// Hands out batch numbers in order; only called under `OrderedParallelMap`'s lock.
private final class BatchCursor: @unchecked Sendable {
    private var position = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        guard position < count else { return nil }
        position += 1
        return position - 1
    }
}
