import AFQQuery
import AFQEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recorded files read as each query runs, instead of loaded up front, for recordings of 100k and
/// more connectors (docs/performance.md). Every query streams its inputs again: JSON Lines files
/// in pieces of about a megabyte, parsed on every core, each piece building only the keys the
/// query reads (`RowProjection`); rows reach the pipeline in input order and are not held.
///
/// It gives the same rows, in the same order, with the same provenance, timestamps, warnings and
/// errors as `RecordedData`, which it becomes (`wholeData()`) when something needs all rows at
/// once: the widened schema, the row count, or ConnectorDetail summaries, whose fate depends on
/// every full row (docs/recording.md, "What afq reads": Connector summaries).
public final class RecordedStream: ConcurrentRowSupplier, RowBytesSupplier, @unchecked Sendable {
    /// One file or standard input, in reading order.
    struct Input: Sendable {
        /// As `$source.file` and diagnostics name it.
        var name: String
        /// Read again by every query; nil when the bytes are held (standard input, pipes).
        var path: String?
        var bytes: [UInt8]
        var isJSONLines: Bool
    }

    let inputs: [Input]
    let modelSchema: Schema
    /// The documents read, by the names rows carry in `$source.file`, in reading order.
    public var inputNames: [String] { inputs.map(\.name) }

    /// Guards `whole` and the warnings; never held while reading.
    private let lock = Mutex()
    /// Held while every row is read into memory, so it is read once; queries streaming meanwhile
    /// do not wait for it (`summary`).
    private let wholeReading = Mutex()
    private var whole: RecordedData? = nil
    /// Warnings are known once one pass has read every input (or the whole data was loaded).
    private var warningsKnown = false
    /// Known warnings not yet handed out.
    private var unreportedWarnings: [DataWarning] = []

    /// Pieces of a JSON Lines file: big enough that a piece costs little to hand to a thread,
    /// small enough that a few in flight per core keep memory low.
    static let defaultPieceSize = 1 << 20
    /// The size of the pieces this stream reads (tests make it small to cut files often).
    let pieceSize: Int

    /// Names `paths` as `--data` gives them (files, folders, `-`), checking now that each can be
    /// opened, so a missing file is reported where it was named.
    public convenience init(
        paths: [String], modelSchema: Schema, readStandardInput: () throws -> [UInt8] = { [] }
    ) throws(DataError) {
        try self.init(
            paths: paths, modelSchema: modelSchema, pieceSize: RecordedStream.defaultPieceSize,
            readStandardInput: readStandardInput)
    }

    init(
        paths: [String], modelSchema: Schema, pieceSize: Int, readStandardInput: () throws -> [UInt8] = { [] }
    ) throws(DataError) {
        self.modelSchema = modelSchema
        self.pieceSize = max(1, pieceSize)
        var inputs: [Input] = []
        var standardInput: [UInt8]? = nil
        func add(_ path: String, name: String) throws(DataError) {
            let isJSONLines = RecordedDocument.isJSONLines(name: name)
            if FileSystem.isRegularFile(path), isJSONLines {
                let descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else { throw FileSystem.unreadable(path) }
                close(descriptor)
                inputs.append(Input(name: name, path: path, bytes: [], isJSONLines: true))
            } else {
                // Other documents are parsed whole anyway; pipes cannot be read twice.
                inputs.append(
                    Input(name: name, path: nil, bytes: try FileSystem.readFile(path), isJSONLines: isJSONLines))
            }
        }
        for path in paths {
            if path == "-" {
                if standardInput == nil {
                    do {
                        standardInput = try readStandardInput()
                    } catch {
                        throw DataError(
                            .unreadable, "cannot read standard input: \(error)",
                            file: RecordedDocument.standardInputName)
                    }
                }
                inputs.append(
                    Input(
                        name: RecordedDocument.standardInputName, path: nil, bytes: standardInput ?? [],
                        isJSONLines: false))
            } else if try FileSystem.isDirectory(path) {
                let files = try RecordedData.dataFiles(inFolder: path)
                guard !files.isEmpty else {
                    throw DataError(.noDataFiles, "no *.json or *.jsonl files in folder \(path)", file: path)
                }
                for file in files { try add(file, name: file) }
            } else {
                try add(path, name: path)
            }
        }
        self.inputs = inputs
    }

    // MARK: - What needs all rows

    /// Every row in memory, read once on first need and kept.
    public func wholeData() throws(DataError) -> RecordedData {
        wholeReading.lock()
        defer { wholeReading.unlock() }
        if let loaded = loadedData() { return loaded }
        let data = try readWholeData()
        lock.lock()
        whole = data
        learn(data.warnings)
        lock.unlock()
        return data
    }

    /// The rows in memory, if they have been read.
    private func loadedData() -> RecordedData? {
        lock.lock()
        defer { lock.unlock() }
        return whole
    }

    private func readWholeData() throws(DataError) -> RecordedData {
        if let rows = try readAllRows() {
            return RecordedData(rows: rows.rows, warnings: rows.warnings, inputs: inputNames, modelSchema: modelSchema)
        }
        // ConnectorDetail summaries are settled by the builder, which reads in one pass.
        var documents: [RecordedDocument] = []
        for input in inputs {
            let bytes = try input.path.map { path throws(DataError) in try FileSystem.readFile(path) } ?? input.bytes
            documents.append(RecordedDocument(name: input.name, bytes: bytes, isJSONLines: input.isJSONLines))
        }
        return try RecordedData(documents: documents, modelSchema: modelSchema)
    }

    /// The model's schema widened with the data: this reads all rows (see `declaredSchema`).
    /// When the data cannot be read, the model's schema (queries then report the data's error).
    public var schema: Schema { (try? wholeData().schema) ?? modelSchema }

    public func readSchema() throws -> Schema { try wholeData().schema }

    /// The model's schema: a query that checks against it reads no field the data lacks a type
    /// for, so it runs without the data being read first.
    public var declaredSchema: Schema {
        lock.lock()
        defer { lock.unlock() }
        return whole?.readySchema ?? modelSchema
    }

    /// Warnings learnt since the last call: each is handed out once, after the first query
    /// (or load) that read every input.
    public func takeWarnings() -> [DataWarning] {
        lock.lock()
        defer { lock.unlock() }
        let taken = unreportedWarnings
        unreportedWarnings = []
        return taken
    }

    /// Called with the lock held.
    private func learn(_ warnings: [DataWarning]) {
        guard !warningsKnown else { return }
        warningsKnown = true
        unreportedWarnings = warnings
    }

    /// Every row, read on all cores as a query would read them; nil when some input holds
    /// ConnectorDetail summaries.
    private func readAllRows() throws(DataError) -> (rows: [Row], warnings: [DataWarning])? {
        let reading = StreamReading(
            inputs: inputs, modelSchema: modelSchema, pieceSize: pieceSize, projection: nil, checkingProjection: nil)
        var rows: [Row] = []
        var warnings = StreamWarnings()
        var hasSummaries = false
        var sharing = KeysArraySharing()
        do {
            try OrderedParallelMap.run(
                next: { try reading.nextPiece() },
                work: { piece in reading.read(piece, transform: { Array($0) }) },
                consume: { (piece: StreamReading.PieceResult<[Row]>) in
                    var result = piece
                    if result.hasSummaries {
                        hasSummaries = true
                        return false
                    }
                    if var pieceRows = result.output {
                        result.output = nil
                        sharing.shareKeys(of: &pieceRows)
                        rows.append(contentsOf: pieceRows)
                    }
                    warnings.add(&result)
                    if let error = result.error { throw error }
                    return true
                })
        } catch let error as DataError {
            throw error
        } catch {
            throw DataError(.unreadable, "\(error)")
        }
        return hasSummaries ? nil : (rows, warnings.finish())
    }

    // MARK: - Streaming

    public func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
        try forEachBatch(demand: demand, transform: { $0 }) { rows in
            for row in rows where !(try body(row)) { return false }
            return true
        }
    }

    public func forEachBatch<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws {
        if let loaded = loadedData() {
            try loaded.forEachBatch(demand: demand, transform: transform, consume)
            return
        }
        try stream(demand: demand, withBytes: false, transform: { rows, _ in transform(rows) }, consume)
    }

    func forEachBatchWithBytes<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>, RowBytes?) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws {
        if let loaded = loadedData() {
            try loaded.forEachBatch(demand: .all, transform: { rows in transform(rows, nil) }, consume)
            return
        }
        try stream(demand: demand, withBytes: true, transform: transform, consume)
    }

    /// Reads the inputs on every core, each piece's rows built as `demand` says and handed to
    /// `transform` (with the piece's bytes when `withBytes`).
    private func stream<Output: Sendable>(
        demand: FieldDemand, withBytes: Bool, transform: @escaping @Sendable (ArraySlice<Row>, RowBytes?) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws {
        // Rows are first read without their ARN only when the query does not read it: otherwise a
        // piece whose rows lack provenance would be read twice for nothing (`RowProjection`).
        let readsARN = demand.keys?.contains("connectorArn") ?? true
        let reading = StreamReading(
            inputs: inputs, modelSchema: modelSchema, pieceSize: pieceSize,
            projection: RowProjection.document(demand: demand, modelSchema: modelSchema, readsARN: readsARN),
            provenanceProjection: readsARN ? nil : RowProjection.document(demand: demand, modelSchema: modelSchema),
            checkingProjection: RowProjection.document(demand: FieldDemand(keys: []), modelSchema: modelSchema))
        var forwarding = true
        var forwardedRows = 0
        var settledByWholeData = false
        var warnings = StreamWarnings()
        try OrderedParallelMap.run(
            next: { try reading.nextPiece() },
            work: { piece in reading.read(piece, withBytes: withBytes, transform: transform) },
            consume: { (piece: StreamReading.PieceResult<Output>) in
                var result = piece
                if forwarding, result.hasSummaries {
                    // A ConnectorDetail summary is a row only if no full row anywhere covers
                    // it: from here on the whole data answers. Its rows come in input order,
                    // and those before this piece (all full rows) were already handed over.
                    let data = try wholeData()
                    try RowBatches.forEachBatch(
                        of: Array(data.rows.dropFirst(forwardedRows)), transform: { rows in transform(rows, nil) },
                        consume)
                    settledByWholeData = true
                    return false
                }
                if forwarding, let output = result.output {
                    forwardedRows += result.rowCount
                    forwarding = try consume(output)
                    if !forwarding { reading.stopTransforming() }
                }
                warnings.add(&result)
                if let error = result.error { throw error }
                return true
            })
        guard !settledByWholeData else { return }
        let found = warnings.finish()
        lock.lock()
        learn(found)
        lock.unlock()
    }
}

extension RecordedStream {
    /// The banner line of `RecordedData.summary`, for the shell. Its rows are counted by a
    /// streamed pass that builds next to nothing, yet reads every byte as a query does, so the
    /// data's errors and warnings are known when the prompt appears. The rows are then read into
    /// memory, and the schema widened, on a thread of the lowest priority: a query typed
    /// meanwhile streams as in batch mode instead of waiting (docs/performance.md, "Decisions").
    public func summary() throws(DataError) -> String {
        var rowCount = 0
        do {
            try forEachBatch(demand: FieldDemand(keys: []), transform: { $0.count }) { count in
                rowCount += count
                return true
            }
        } catch let error as DataError {
            throw error
        } catch {
            throw DataError(.unreadable, "\(error)")
        }
        // ConnectorDetail summaries are settled by reading the whole data, which that pass did.
        if let loaded = loadedData() {
            loaded.prepareSchemaInBackground()
            return loaded.summary
        }
        LowPriorityThread.start { [self] in _ = try? wholeData().schema }
        return RecordedData.summary(inputCount: inputs.count, rowCount: rowCount, summaryRowCount: 0)
    }
}
