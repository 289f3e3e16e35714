import AFQQuery

@testable import AFQSources

/// Loads in-memory documents against the test schema.
func load(_ documents: [(name: String, text: String)]) throws(DataError) -> RecordedData {
    try RecordedData(
        documents: documents.map { RecordedDocument(name: $0.name, bytes: Array($0.text.utf8)) },
        modelSchema: TestSchema.schema)
}

func load(_ text: String, name: String = "data.json") throws(DataError) -> RecordedData {
    try load([(name, text)])
}

/// The error loading `text` throws (nil when it loads).
func loadError(_ text: String, name: String = "data.json") -> DataError? {
    do {
        _ = try load(text, name: name)
        return nil
    } catch {
        return error
    }
}

extension RecordedData {
    /// A top-level field of every row.
    func column(_ key: String) -> [Value] { rows.map { $0.value[key] } }
}
