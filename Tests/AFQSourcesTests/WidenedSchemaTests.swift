import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources

/// Loaded data widens the model's schema with the keys the model lacks after the rows are in
/// (in the shell, on a background thread started by the banner's summary); whoever asks for the
/// schema meanwhile waits for it, and it is the same schema a one-thread widening gives.
@Suite struct WidenedSchemaTests {
    static let lines = (0..<3000).map { i in
        i == 2500
            ? #"{"connectorConfiguration": {"connectorType": "S3", "newField": {"depth": \#(i)}}}"#
            : #"{"connectorConfiguration": {"connectorType": "T\#(i % 7)", "canUseAsSource": true}}"#
    }.joined(separator: "\n")

    @Test func schemaAskedRightAfterTheSummaryHasTheDataOnlyKeys() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("wide.jsonl", Self.lines)
        let stream = try RecordedStream(paths: [file], modelSchema: TestSchema.schema, pieceSize: 4096)
        _ = try stream.summary()
        let schema = stream.schema
        #expect(schema.type(at: ["newField", "depth"]) == .number)
        #expect(stream.declaredSchema == schema)

        let whole = try RecordedData(paths: [file], modelSchema: TestSchema.schema)
        #expect(schema == whole.schema)
    }

    @Test func declaredSchemaNeverWaits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("wide.jsonl", Self.lines)
        let stream = try RecordedStream(paths: [file], modelSchema: TestSchema.schema, pieceSize: 4096)
        _ = try stream.summary()
        // Either the model's schema (widening still running) or the widened one; never a third.
        let declared = stream.declaredSchema
        #expect(declared == TestSchema.schema || declared == stream.schema)
    }
}
