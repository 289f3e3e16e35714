import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources

/// Reading `--data` paths: files, folders and standard input.
@Suite struct RecordedDataFileTests {
    @Test func readsAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("one.json", #"{"connectorConfigurations": {"S3": {}}}"#)
        let data = try RecordedData(paths: [file], modelSchema: TestSchema.schema)
        #expect(data.column("connectorType") == ["S3"])
        #expect(data.rows[0].source.file == file)
    }

    @Test func readsAFolderSortedByName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b.json", #"{"connectorType": "B"}"#)
        try folder.write("a.jsonl", "{\"connectorType\": \"A1\"}\n{\"connectorType\": \"A2\"}\n")
        try folder.write("C.JSON", #"{"connectorType": "C"}"#)
        try folder.write("notes.txt", "not data")
        try folder.write(".hidden.json", "not read")
        try folder.write("sub/d.json", #"{"connectorType": "D"}"#)
        let data = try RecordedData(paths: [folder.path], modelSchema: TestSchema.schema)
        #expect(data.column("connectorType") == ["C", "A1", "A2", "B"])
        #expect(data.inputs == [folder.path + "/C.JSON", folder.path + "/a.jsonl", folder.path + "/b.json"])
        #expect(data.summary == "3 files: 4 connectors")
    }

    @Test func folderPathWithTrailingSlashGivesCleanNames() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.json", #"{"connectorType": "A"}"#)
        let data = try RecordedData(paths: [folder.path + "/"], modelSchema: TestSchema.schema)
        #expect(data.rows[0].source.file == folder.path + "/a.json")
    }

    @Test func folderWithoutDataFilesIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("readme.md", "hi")
        #expect(
            throws: DataError(.noDataFiles, "no *.json or *.jsonl files in folder \(folder.path)", file: folder.path)
        ) {
            try RecordedData(paths: [folder.path], modelSchema: TestSchema.schema)
        }
    }

    @Test func missingFileNamesTheSystemsReason() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/missing.json"
        #expect(throws: DataError(.unreadable, "cannot read \(path): No such file or directory", file: path)) {
            try RecordedData(paths: [path], modelSchema: TestSchema.schema)
        }
        let error = DataError(.unreadable, "cannot read \(path): No such file or directory", file: path)
        #expect(error.description == "error: cannot read \(path): No such file or directory")
    }

    @Test func malformedFileIsNamedInTheError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.json", #"{"connectorType": "S3"}"#)
        let bad = try folder.write("zbad.json", "{\n  \"connectorType\": \"S3\",\n}")
        do {
            _ = try RecordedData(paths: [folder.path], modelSchema: TestSchema.schema)
            Issue.record("expected an error")
        } catch {
            #expect(error.file == bad)
            #expect(error.location?.line == 3)
            #expect(error.message == "malformed JSON: expected a string key after ','")
        }
    }

    @Test func readsStandardInputOnce() throws {
        var reads = 0
        let data = try RecordedData(paths: ["-", "-"], modelSchema: TestSchema.schema) {
            reads += 1
            return Array(#"{"connectorType": "S3"}"#.utf8)
        }
        #expect(reads == 1)
        #expect(data.rows.map(\.source.file) == ["<stdin>", "<stdin>"])
    }

    @Test func standardInputIsNotReadUnlessAsked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.json", #"{"connectorType": "S3"}"#)
        var reads = 0
        _ = try RecordedData(paths: [file], modelSchema: TestSchema.schema) {
            reads += 1
            return []
        }
        #expect(reads == 0)
    }

    @Test func standardInputJSONLinesErrorNamesItsLine() throws {
        let text = "{\"connectorType\": \"S3\"}\n{\"connectorType\": \n{\"connectorType\": \"S3\"}\n"
        do {
            _ = try RecordedData(paths: ["-"], modelSchema: TestSchema.schema) { Array(text.utf8) }
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "<stdin>")
            #expect(error.location?.line == 2)
            #expect(error.message == "malformed JSON: unexpected end of line")
        }
    }

    @Test func standardInputReadFailureIsAnError() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "broken pipe" } }
        #expect(throws: DataError(.unreadable, "cannot read standard input: broken pipe", file: "<stdin>")) {
            try RecordedData(paths: ["-"], modelSchema: TestSchema.schema) { throw Broken() }
        }
    }
}
