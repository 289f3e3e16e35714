/// Which data `connectors` reads (afq-cli "Data"): the bundled sample unless files are named.
public enum DataSelection: Sendable, Equatable {
    case bundledSample
    /// Files and folders; `-` means the bytes given as standard input.
    case recorded(paths: [String])
}

/// Loaded rows and how to name them in the banner ("bundled sample: 30 connectors").
public struct LoadedData: Sendable {
    public var rows: any RowSupplierWithCount
    public var description: String
    public var warnings: [String]

    public init(rows: any RowSupplierWithCount, description: String, warnings: [String] = []) {
        self.rows = rows
        self.description = description
        self.warnings = warnings
    }
}

import AFQQuery

/// A row supplier that knows how many rows it holds.
public protocol RowSupplierWithCount: RowSupplier {
    var rowCount: Int { get }
}

extension InMemoryRows: RowSupplierWithCount {
    public var rowCount: Int { rows.count }
}

/// Turns a selection into rows; the real one reads files through AFQSources, tests may inject another.
public protocol DataLoading: Sendable {
    func load(_ selection: DataSelection) throws -> LoadedData
}
