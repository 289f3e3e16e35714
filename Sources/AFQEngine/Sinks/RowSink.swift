import AFQQuery

/// A stage at run time: rows are pushed through a chain of sinks, so rows stream from the source
/// to the output and only stages that must (sort, group, distinct) hold anything.
class RowSink {
    /// Takes one row; false means "send no more" (after `limit`, say).
    func push(_ row: Row) throws(RuntimeError) -> Bool { true }
    /// `push(row)` for a row held in storage the caller keeps unchanged meanwhile, and never
    /// changed here either. Passed `inout`, the row reaches `push` and the stages after it without
    /// a copy: a row passed by value from an array or a pointer is retained and released around
    /// the call. Over loaded rows those are a cache miss each, which an atomic retain cannot
    /// overlap with other loads. Rows other threads may be reading are lent through `Lending`.
    @inline(never)
    final func push(lent row: inout Row) throws(RuntimeError) -> Bool {
        try push(row)
    }
    /// `push(value, sourceOf: row)` for a value lent from storage the caller keeps unchanged
    /// meanwhile, as `push(lent:)` is for a row (`LentFieldPath`).
    @inline(never)
    final func push(lent value: inout Value, sourceOf row: Row) throws(RuntimeError) -> Bool {
        try push(value, sourceOf: row)
    }
    /// Takes a new value for `row` (a stage's result, with the row's `$source`). Sinks that look
    /// only at values override it: building a `Row` copies its source's strings, and the row is
    /// then taken apart again at once.
    func push(_ value: Value, sourceOf row: Row) throws(RuntimeError) -> Bool {
        try push(Row(value, source: row.source))
    }
    /// The sink keeps no reference to a value once `push` returns (it encodes it, say), so the
    /// stage before may build the next row's value in the same storage.
    var releasesValuesAtOnce: Bool { false }
    /// No more rows will come: flush what is held.
    func finish() throws(RuntimeError) {}

    /// Takes the part of this stage's work done on a worker thread for a batch of rows
    /// (`StageDefinition.partOnWorkers`): only stages that offer one override it.
    func merge(_ part: BatchPart) {
        preconditionFailure("\(Self.self) takes no part made on the workers")
    }

    /// What this sink made of a batch, when it ends a worker's chain (`BatchEnding.makeSink`).
    func takePart() -> BatchPart {
        preconditionFailure("\(Self.self) does not end a worker's chain")
    }

    /// How the sink runs its expressions, when it has a choice, for the plan's summary: `in
    /// place`, `lent`, `compiled`.
    var strategy: String? { nil }

    /// The sink when it encodes each row as a JSON Lines line as it comes, so the stage before
    /// may write its columns straight into the line (`select` of field paths).
    var lineEncoder: EncodingSink? { nil }
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

    override func push(_ value: Value, sourceOf row: Row) throws(RuntimeError) -> Bool {
        emit(value)
        return true
    }
}

/// The end of the row-by-row stages on a worker thread when the next stage is `count`: how many
/// rows of the batch came out, without holding them.
final class RowCounter: RowSink {
    private(set) var count = 0

    override var releasesValuesAtOnce: Bool { true }

    override func takePart() -> BatchPart { .count(count) }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        count += 1
        return true
    }

    override func push(_ value: Value, sourceOf row: Row) throws(RuntimeError) -> Bool {
        count += 1
        return true
    }
}

/// The end of the row-by-row stages on a worker thread: the rows of one batch.
final class BatchCollector: RowSink {
    var rows: [Row] = []

    override func takePart() -> BatchPart { .rows(rows) }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        rows.append(row)
        return true
    }
}

/// The end of the row-by-row stages of a batch whose results are written as JSON Lines: each
/// row is encoded as it arrives (`BatchEnding.lines`).
final class EncodingSink: RowSink {
    private var bytes = UTF8Buffer(capacity: 64 << 10)
    private let lists = JSONListTexts()

    override var releasesValuesAtOnce: Bool { true }

    override var lineEncoder: EncodingSink? { self }

    override func takePart() -> BatchPart { .lines(bytes.string) }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        JSONText.appendLine(row.value, to: &bytes, lists: lists)
        return true
    }

    override func push(_ value: Value, sourceOf row: Row) throws(RuntimeError) -> Bool {
        JSONText.appendLine(value, to: &bytes, lists: lists)
        return true
    }

    /// Appends the line `push(.record(Record(uncheckedKeys: keys, values: …)))` would for the
    /// values at `paths` in `row`, each lent in place rather than copied into a record
    /// (`select` of field paths); false, with nothing appended, when a path must be evaluated as
    /// compiled.
    func appendRecordLine(keys: [String], paths: [LentFieldPath], of row: Row) -> Bool {
        let lists = self.lists
        return withUnsafeMutablePointer(to: &bytes) { out in
            let start = out.pointee.count
            out.pointee.append(UInt8(ascii: "{"))
            for index in keys.indices {
                if index > 0 { out.pointee.append(UInt8(ascii: ",")) }
                JSONText.appendKey(keys[index], to: &out.pointee)
                let written: Void? = paths[index].withValue(in: row) { value, _ in
                    JSONText.appendCompact(value, to: &out.pointee, lists: lists)
                }
                guard written != nil else {
                    out.pointee.count = start
                    return false
                }
            }
            out.pointee.append(StaticString("}\n"))
            return true
        }
    }

}
