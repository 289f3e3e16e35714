import AFQModel
import AFQQuery
import AFQSources
import AFQEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A full read (`RecordedData`) and a streamed read (`RecordedStream`: pieces, projections, the C
/// skipper) of the same bytes must give the same rows, warnings and errors, for a query reading
/// everything and one reading a few fields. The first byte chooses JSON Lines or a document.
enum JSONFuzzing {
    static let queries = [
        "connectors",
        "connectors | select connectorType, supportedWriteOperations, authenticationConfig.isOAuth2Supported",
        "connectors | where supportedWriteOperations contains \"UPSERT\" | count",
    ]

    static func check(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let bytes = Array(input.dropFirst())
        let path = "/tmp/afq-fuzz-\(getpid())" + (first % 2 == 0 ? ".jsonl" : ".json")
        guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        defer { unlink(path) }
        for query in queries {
            let full = fullAnswer(query, path: path)
            let streamed = streamedAnswer(query, path: path)
            guard full == streamed else {
                fatalError("full and streamed reads differ for \(query)\nfull:\n\(full)\nstreamed:\n\(streamed)")
            }
        }
    }

    static func fullAnswer(_ query: String, path: String) -> String {
        do {
            let data = try RecordedData(paths: [path], modelSchema: ConnectorConfiguration.schema)
            let checked = try Query.check(try pipeline(query), on: data) { CheckContext(schema: $0) }
            let values = try Evaluator().run(checked, on: data)
            return JSONText.lines(values) + data.warnings.map(\.description).joined(separator: "\n")
        } catch {
            return "error: \(error)"
        }
    }

    static func streamedAnswer(_ query: String, path: String) -> String {
        do {
            let stream = try RecordedStream(paths: [path], modelSchema: ConnectorConfiguration.schema)
            let checked = try Query.check(try pipeline(query), on: stream) { CheckContext(schema: $0) }
            var values: [Value] = []
            try Evaluator().run(checked, on: stream) { values.append($0) }
            return JSONText.lines(values) + stream.takeWarnings().map(\.description).joined(separator: "\n")
        } catch {
            return "error: \(error)"
        }
    }

    static func pipeline(_ query: String) throws -> Pipeline {
        guard case .pipeline(let pipeline) = try Query.parse(SourceFile(name: "query", text: query)).statements.first
        else { fatalError("not a pipeline: \(query)") }
        return pipeline
    }
}
