import AFQQuery
import AFQSources

/// Which data `connectors` reads (README, "Data"): the bundled sample unless files are named.
public enum DataSelection: Sendable, Equatable {
    case bundledSample
    /// Files and folders; `-` means the bytes given as standard input.
    case recorded(paths: [String])
    /// The live AppFlow API (`--live`, `.live`).
    case live(LiveOptions)
}

/// Loaded rows and how to name them in the banner ("bundled sample: 30 connectors").
public struct LoadedData: Sendable {
    public var rows: any RowSupplier
    public var warnings: [String]
    /// Live regions that failed, one message each; their rows are missing.
    public var failures: [String]
    /// The calls a live fetch made, as recording lines (docs/recording.md).
    /// Live responses as afq's recording (JSON Lines), for `--record`.
    public var recording: [[UInt8]]
    private let describe: @Sendable () throws -> String
    private let takeLateWarnings: @Sendable () -> [String]

    public init(
        rows: any RowSupplier, description: String, warnings: [String] = [], failures: [String] = [],
        recording: [[UInt8]] = []
    ) {
        self.rows = rows
        self.warnings = warnings
        self.failures = failures
        self.recording = recording
        self.describe = { description }
        self.takeLateWarnings = { [] }
    }

    /// Data read as queries need it (large recordings): the banner may have to read it all, and
    /// warnings turn up when a query first reads every row.
    public init(
        rows: any RowSupplier, describe: @escaping @Sendable () throws -> String,
        lateWarnings: @escaping @Sendable () -> [String]
    ) {
        self.rows = rows
        self.warnings = []
        self.failures = []
        self.recording = []
        self.describe = describe
        self.takeLateWarnings = lateWarnings
    }

    /// For the banner: `3 files: 29 connectors`. Throws the data's error when it must be read
    /// first and cannot be.
    public var description: String {
        get throws { try describe() }
    }

    /// Warnings found since the last call by queries that read the data.
    func lateWarnings() -> [String] { takeLateWarnings() }
}

/// Turns a selection into rows; the real one reads files through AFQSources, tests may inject another.
public protocol DataLoading: Sendable {
    func load(_ selection: DataSelection) throws -> LoadedData
}
