/// A stage at run time: rows are pushed through a chain of sinks, so rows stream from the source
/// to the output and only stages that must (sort, group, distinct) hold anything.
class RowSink {
    /// Takes one row; false means "send no more" (after `limit`, say).
    func push(_ row: Row) throws(RuntimeError) -> Bool { true }
    /// No more rows will come: flush what is held.
    func finish() throws(RuntimeError) {}
}

/// The end of the chain: the statement's result.
final class ResultCollector: RowSink {
    var values: [Value] = []

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        values.append(row.value)
        return true
    }
}
