import AFQQuery
import AFQEngine

/// Connector configurations read from recorded files, folders or standard input (`--data`,
/// docs/recording.md, "What afq reads"), in input order, with where each row came from.
///
/// Everything is read up front: the ConnectorDetail fallback and the schema need all inputs, and a
/// malformed file should fail before any query runs.
public struct RecordedData: ConcurrentRowSupplier {
    /// The model's schema widened with the extra keys and types present in the rows.
    public var schema: Schema { widened.schema }
    /// `schema` when it is known without waiting (see `WidenedSchema`).
    public var readySchema: Schema? { widened.readySchema }
    private let widened: WidenedSchema
    public let rows: [Row]
    /// Rows cut down to recent queries' fields (the shell keeps one `RecordedData`).
    private let projections: ProjectedRowCache
    /// Values kept as they were but worth telling the user about (e.g. unreadable timestamps).
    public let warnings: [DataWarning]
    /// The documents read, by the names rows carry in `$source.file`, in reading order.
    public let inputs: [String]
    /// Rows that come only from a ConnectorDetail summary (no full configuration was recorded).
    public let summaryRowCount: Int

    public var rowCount: Int { rows.count }

    /// For the REPL banner: `3 files: 29 connectors`.
    public var summary: String {
        RecordedData.summary(inputCount: inputs.count, rowCount: rows.count, summaryRowCount: summaryRowCount)
    }

    static func summary(inputCount: Int, rowCount: Int, summaryRowCount: Int) -> String {
        var text = "\(inputCount) file\(inputCount == 1 ? "" : "s"): "
        text += "\(rowCount) connector\(rowCount == 1 ? "" : "s")"
        if summaryRowCount > 0 { text += " (\(summaryRowCount) from summaries only)" }
        return text
    }

    /// Reads `paths` as `--data` gives them: a file, a folder (every `*.json` / `*.jsonl` directly
    /// inside, sorted by name), or `-` for standard input, whose bytes `readStandardInput` supplies
    /// (called at most once, and only when `-` is among the paths).
    public init(
        paths: [String], modelSchema: Schema, readStandardInput: () throws -> [UInt8] = { [] }
    ) throws(DataError) {
        var builder = RecordedDataBuilder(modelSchema: modelSchema)
        var standardInput: [UInt8]? = nil
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
                try builder.add(RecordedDocument(name: RecordedDocument.standardInputName, bytes: standardInput ?? []))
            } else if try FileSystem.isDirectory(path) {
                let files = try RecordedData.dataFiles(inFolder: path)
                guard !files.isEmpty else {
                    throw DataError(.noDataFiles, "no *.json or *.jsonl files in folder \(path)", file: path)
                }
                for file in files {
                    try builder.add(RecordedDocument(name: file, bytes: try FileSystem.readFile(file)))
                }
            } else {
                try builder.add(RecordedDocument(name: path, bytes: try FileSystem.readFile(path)))
            }
        }
        self.init(builder)
    }

    /// Reads documents already in memory (the bundled sample, tests).
    public init(documents: [RecordedDocument], modelSchema: Schema) throws(DataError) {
        var builder = RecordedDataBuilder(modelSchema: modelSchema)
        for document in documents { try builder.add(document) }
        self.init(builder)
    }

    /// Rows read elsewhere (`RecordedStream` reads them on every core), with no summaries; the
    /// schema is widened with them when first needed.
    init(rows: [Row], warnings: [DataWarning], inputs: [String], modelSchema: Schema, summaryRowCount: Int = 0) {
        self.rows = rows
        self.projections = ProjectedRowCache(rows: rows)
        self.summaryRowCount = summaryRowCount
        self.widened = WidenedSchema(rows: rows, modelSchema: modelSchema)
        self.warnings = warnings
        self.inputs = inputs
    }

    private init(_ builder: RecordedDataBuilder) {
        let (rows, summaryRowCount, schema) = builder.finish()
        self.rows = rows
        self.projections = ProjectedRowCache(rows: rows)
        self.summaryRowCount = summaryRowCount
        self.widened = WidenedSchema(ready: schema)
        self.warnings = builder.warnings
        self.inputs = builder.inputs
    }

    /// Starts widening the schema on a thread of its own, if it is not known yet.
    public func prepareSchemaInBackground() {
        widened.prepareInBackground()
    }

    /// Rows are already in memory, so `demand` is not used: skipping keys pays only while parsing.
    public func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
        for row in rows {
            guard try body(row) else { return }
        }
    }

    public func forEachBatch<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws {
        try projections.forEachBatch(demand: demand, transform: transform, consume)
    }

    /// The paths of the data files directly inside `folder`: names ending in `.json` or `.jsonl`
    /// (any letter case), not hidden (no leading `.`), regular files (symbolic links followed),
    /// sorted by name byte by byte so the order is the same everywhere.
    static func dataFiles(inFolder folder: String) throws(DataError) -> [String] {
        let names = try FileSystem.fileNames(inFolder: folder).filter { name in
            let lower = name.lowercased()
            return !name.hasPrefix(".") && (lower.hasSuffix(".json") || lower.hasSuffix(".jsonl"))
        }
        let separator = folder.hasSuffix("/") ? "" : "/"
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { folder + separator + $0 }
            .filter(FileSystem.isRegularFile)
    }
}
