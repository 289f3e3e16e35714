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

/// The end of a streaming run: each result goes to the caller as soon as it is known.
final class EmittingSink: RowSink {
    let emit: (Value) -> Void

    init(_ emit: @escaping (Value) -> Void) {
        self.emit = emit
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        emit(row.value)
        return true
    }
}

/// The end of the row-by-row stages on a worker thread: the rows of one batch.
final class BatchCollector: RowSink {
    var rows: [Row] = []

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        rows.append(row)
        return true
    }
}

/// The end of the row-by-row stages of a batch whose results are written as lines of text: each
/// row is encoded as it arrives (`Evaluator.run(_:on:encodingLines:write:)`).
final class EncodingSink: RowSink {
    let encodeLine: @Sendable (Value, inout UTF8Buffer) -> Void
    private var bytes = UTF8Buffer(capacity: 64 << 10)

    init(_ encodeLine: @escaping @Sendable (Value, inout UTF8Buffer) -> Void) {
        self.encodeLine = encodeLine
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        encodeLine(row.value, &bytes)
        return true
    }

    /// The lines encoded so far.
    var text: String { bytes.string }
}
