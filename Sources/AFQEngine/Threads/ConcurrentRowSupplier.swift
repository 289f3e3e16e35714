import AFQQuery

/// A supplier that can hand its rows out in batches to several threads at once: the evaluator
/// then runs the row-by-row stages at the head of a pipeline (`where`, `select`, `get`, …) on
/// every core, and only the stages that hold rows (`sort`, `group`, …) on the calling thread.
public protocol ConcurrentRowSupplier: RowSupplier {
    /// Calls `transform` with batches of rows in input order, on worker threads (several at once,
    /// in any order), and `consume` on the calling thread with each batch's output in input order,
    /// until `consume` returns false or throws. Data errors are thrown once the outputs of the
    /// rows before them have been consumed, and also when `consume` returned false early: data
    /// that cannot be read is reported whatever the query did with the rows before it.
    func forEachBatch<Output: Sendable>(
        demand: FieldDemand,
        transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws
}
