import AFQModel
import AFQQuery
import AFQSources

/// The session tells the completer what it knows; data that failed to load leaves the model.
/// Completion never waits for a large recording to be read into memory: until it is, fields
/// come from the model's schema (keys only the data has join once it is in), and values are
/// read from the file for the one path asked about (docs/performance.md, "Decisions").
extension Session: CompletionSource {
    public var completionSchema: Schema {
        (try? data().rows.declaredSchema) ?? ConnectorConfiguration.schema
    }

    public var parameterNames: [String] { parameters.keys.sorted() }

    /// `changes` rows hold configurations under `before` and `after` (docs/changes.md).
    public func completionSchema(forSource source: String) -> Schema {
        source == Session.changesSource
            ? ConnectorChangeSchema.schema(connectors: completionSchema) : completionSchema
    }

    public func observedValues(at path: [String]) -> [String] {
        if let cached = observedValueCache[path] { return cached }
        guard let rows = try? data().rows else { return [] }
        var seen: Set<String> = []
        try? rows.forEachRow(demand: path.isEmpty ? .all : FieldDemand(paths: [path])) { row in
            var value = row.value
            for step in path { value = value[step] }
            switch value {
            case .string(let s): seen.insert(s)
            case .list(let elements): for case .string(let s) in elements { seen.insert(s) }
            default: break
            }
            return seen.count < 1000
        }
        let values = seen.sorted()
        observedValueCache[path] = values
        return values
    }
}
