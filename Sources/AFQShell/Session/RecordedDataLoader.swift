import AFQModel
import AFQQuery
import AFQSources

/// Loads the bundled sample or recorded files through AFQSources, with the model's schema, and
/// live data through `LiveDataLoader` when one is given.
public struct RecordedDataLoader: DataLoading {
    /// The bytes of standard input for `--data -`, read once by the caller.
    let standardInput: [UInt8]?
    let live: LiveDataLoader?

    public init(standardInput: [UInt8]? = nil, live: LiveDataLoader? = nil) {
        self.standardInput = standardInput
        self.live = live
    }

    public func load(_ selection: DataSelection) throws -> LoadedData {
        let schema = ConnectorConfiguration.schema
        switch selection {
        case .bundledSample:
            let data = try RecordedData(documents: [try BundledSample.document()], modelSchema: schema)
            return LoadedData(
                rows: data, description: "\(BundledSample.name): \(data.rowCount) connectors",
                warnings: data.warnings.map(\.description))
        case .recorded(let paths):
            let input = standardInput
            // Files are read by each query as it runs (docs/performance.md): opening them here
            // only checks they can be read, so a large recording costs nothing until queried.
            let data = try RecordedStream(paths: paths, modelSchema: schema) {
                guard let input else { throw DataError(.unreadable, "standard input is not available for data here") }
                return input
            }
            return LoadedData(
                rows: data, describe: { try data.summary() },
                lateWarnings: { data.takeWarnings().map(\.description) })
        case .live(let options):
            guard let live else { throw LiveSetupError.configuration("live AppFlow data is not available here") }
            return try live.load(options)
        }
    }
}
