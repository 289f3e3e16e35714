import AFQModel
import AFQQuery
import AFQSources

/// Loads the bundled sample or recorded files through AFQSources, with the model's schema.
public struct RecordedDataLoader: DataLoading {
    /// The bytes of standard input for `--data -`, read once by the caller.
    let standardInput: [UInt8]?

    public init(standardInput: [UInt8]? = nil) {
        self.standardInput = standardInput
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
            let data = try RecordedData(paths: paths, modelSchema: schema) {
                guard let input else { throw DataError(.unreadable, "standard input is not available for data here") }
                return input
            }
            return LoadedData(rows: data, description: data.summary, warnings: data.warnings.map(\.description))
        }
    }
}

extension RecordedData: RowSupplierWithCount {}
