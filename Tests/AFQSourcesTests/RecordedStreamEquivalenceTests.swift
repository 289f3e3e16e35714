import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources
@testable import AFQEngine

/// The streamed reader (`RecordedStream`: pieces read on several threads, only the keys a query
/// reads built) must answer exactly as the full decoder (`RecordedData`): the same values, in the
/// same order, with the same key order, provenance, timestamps, warnings and errors. Random
/// queries over random recordings, cut into random piece sizes, compare the two; the full
/// decoder's rows are answered by the reference evaluator, the one oracle.
@Suite struct RecordedStreamEquivalenceTests {
    static let stages = [
        "where canUseAsDestination", "where connectorType == \"S3\"",
        "where supportedWriteOperations contains \"INSERT\"", "where registeredAt > \"2022-01-01\"",
        "where authenticationConfig.isOAuth2Supported", "where extraField > 3", "where connectorModes",
        "where connectorName > 3", "where $source.region == \"eu-west-1\"", "where len(connectorName) > 4",
        "select connectorName, supportedWriteOperations",
        "select connectorType as t, $source.region as r, $source.account as a, $source.file as f",
        "select *", "select connectorLabel, registeredAt, versionHistory.releasedAt as released", "get connectorArn",
        "get $it", "expand supportedWriteOperations", "expand versionHistory as v", "group by connectorType",
        "group by $source.account compute count() as n, collect(connectorName) as names",
        "sort by connectorName desc", "sort by registeredAt", "limit 3", "skip 2", "count", "distinct",
        "reject connectorArn", "reject authenticationConfig.isBasicAuthSupported", "where extraField.inner",
        // Paths read only in part (demand by path) next to the same key read whole.
        "select authenticationConfig.isOAuth2Supported as oauth, authenticationConfig.isBasicAuthSupported",
        "where authenticationConfig.isOAuth2Supported and len(authenticationConfig) > 1",
        "get versionHistory.releasedAt", "group by authenticationConfig.isOAuth2Supported",
        "where extraField.inner | select extraField",
        // Lists read only by membership tests come with only the texts tested (`KeptTexts`).
        "where \"UPSERT\" in supportedWriteOperations", "where not (supportedWriteOperations contains \"UPSERT\")",
        "where authenticationConfig.grants contains \"JWT_BEARER\"",
        "where connectorModes contains \"SOURCE\" or supportedWriteOperations contains \"INSERT\"",
    ]

    @Test(arguments: Array(1...16) as [UInt64])
    func streamedAnswersEqualFullAnswers(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var generator = RecordingGenerator(random: SplitMix64(seed: seed &* 7919))
        let text = generator.recording(lines: 20 + Int(random.next() % 60), malformed: seed % 6 == 0)
        let path = try folder.write("data-\(seed).jsonl", text)
        for _ in 0..<20 {
            var query = "connectors"
            for _ in 0..<(1 + Int(random.next() % 3)) {
                query += " | " + Self.stages[Int(random.next() % UInt64(Self.stages.count))]
            }
            let pieceSize = [64, 300, 1000, 1 << 20][Int(random.next() % 4)]
            let full = Self.fullAnswer(query, path: path)
            let streamed = Self.streamedAnswer(query, path: path, pieceSize: pieceSize)
            #expect(streamed == full, "query: \(query), piece size \(pieceSize), seed \(seed)")
        }
    }

    /// The shell's banner counts rows with a streamed pass and reads the rows into memory
    /// afterwards on another thread: the banner, its warnings and its errors must be the full
    /// load's, and queries must answer the same while the rows are being read and after.
    @Test(arguments: Array(1...16) as [UInt64])
    func bannerAndQueriesAfterItEqualAFullLoad(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &* 31)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var generator = RecordingGenerator(random: SplitMix64(seed: seed &* 7919))
        let malformed = seed % 5 == 0
        let text = generator.recording(lines: 20 + Int(random.next() % 60), malformed: malformed)
        let path = try folder.write("data-\(seed).jsonl", text)
        let full: String
        do {
            let data = try RecordedData(paths: [path], modelSchema: TestSchema.schema)
            full = data.summary + Self.warnings(data.warnings)
        } catch {
            full = "error: \(error)"
        }
        let stream = try RecordedStream(paths: [path], modelSchema: TestSchema.schema, pieceSize: 300)
        let banner: String
        do {
            banner = try stream.summary() + Self.warnings(stream.takeWarnings())
        } catch {
            banner = "error: \(error)"
        }
        #expect(banner == full, "seed \(seed)")
        if full.hasPrefix("error") {
            // Nothing to query. Only a damaged recording may fail to load, or every seed could
            // stop here and the queries below never run.
            #expect(malformed, "seed \(seed): an undamaged recording failed to load: \(full)")
            return
        }
        let queries = (0..<2).map { _ in
            "connectors | " + Self.stages[Int(random.next() % UInt64(Self.stages.count))]
        }
        for round in ["while reading", "in memory"] {
            if round == "in memory" { _ = try stream.wholeData() }
            for query in queries {
                // The banner has handed out the warnings already.
                let expected = Self.fullAnswer(query, path: path, withWarnings: false)
                #expect(Self.answer(query, on: stream) == expected, "\(round): \(query), seed \(seed)")
            }
        }
    }

    /// A map key with escapes names the connector type of its entry, whose own keys have escapes
    /// too: the reader keeps the last decoded key in one place, and the entry's keys must not
    /// overwrite the map key before it is used.
    @Test func escapedMapKeysNameTheirEntries() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let line =
            #"{"region": "eu-west-1", "connectorConfigurations": {"Sales\u0066orce": {"connector\u004eame": "n", "canUseAs\u0053ource": true}, "S\u0033": {"connectorName": "s"}}}"#
        let path = try folder.write("escaped.jsonl", line + "\n" + line + "\n")
        for query in ["connectors | select connectorType, connectorName", "connectors | get connectorType"] {
            let full = Self.fullAnswer(query, path: path)
            #expect(full.contains("Salesforce") && full.contains("S3"), "\(full)")
            for pieceSize in [64, 1 << 20] {
                #expect(Self.streamedAnswer(query, path: path, pieceSize: pieceSize) == full, "query: \(query)")
            }
        }
    }

    /// A timestamp field the query does not read is stepped over when it is a number or null
    /// (no warning can come of it) and built otherwise: a duplicated key must still end as in a
    /// full read, where the last one wins, whichever comes first; and a number out of range is
    /// still the same error.
    @Test func duplicatedTimestampsWarnAsAFullReadDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = [
            #"{"region": "eu-west-1", "connectorConfiguration": {"registeredAt": 5, "connectorName": "a", "registeredAt": "soon"}}"#,
            #"{"region": "eu-west-1", "connectorConfiguration": {"registeredAt": "soon", "connectorName": "b", "registeredAt": 5}}"#,
            #"{"region": "eu-west-1", "connectorConfiguration": {"registeredAt": "later", "registeredAt": null, "registeredAt": true}}"#,
        ]
        let outOfRange =
            #"{"region": "eu-west-1", "connectorConfiguration": {"registeredAt": 1e400, "connectorName": "c"}}"#
        let path = try folder.write("warnings.jsonl", lines.joined(separator: "\n") + "\n")
        let broken = try folder.write("broken.jsonl", (lines + [outOfRange]).joined(separator: "\n") + "\n")
        for query in ["connectors | get connectorName", "connectors | count", "connectors | get registeredAt"] {
            for file in [path, broken] {
                let full = Self.fullAnswer(query, path: file)
                for pieceSize in [64, 1 << 20] {
                    #expect(Self.streamedAnswer(query, path: file, pieceSize: pieceSize) == full, "query: \(query)")
                }
            }
        }
        // The last duplicate decides: "soon" on line 1, `true` on line 3, nothing on line 2.
        let warned = Self.fullAnswer("connectors | count", path: path)
        #expect(warned.contains("warnings.jsonl:1:") && warned.contains("a boolean"), "\(warned)")
        #expect(!warned.contains("warnings.jsonl:2:"), "\(warned)")
        #expect(Self.fullAnswer("connectors | count", path: broken).contains("number out of range"))
    }

    /// A list read only by membership tests is built with only the elements that are one of the
    /// texts tested, however they are spelled; everything else is stepped over and checked, so a
    /// broken element is the full read's error.
    @Test func listsTestedOnlyForTextsKeepOnlyThoseTexts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lists = RecordingGenerator.oddWriteOperations + [#"["INSERT","UPSERT","UPSERT"]"#]
        let lines = lists.map {
            #"{"region": "eu-west-1", "connectorConfiguration": {"supportedWriteOperations": \#($0)}}"#
        }
        let path = try folder.write("lists.jsonl", lines.joined(separator: "\n"))
        let stream = try RecordedStream(paths: [path], modelSchema: TestSchema.schema, pieceSize: 64)
        let demand = FieldDemand(
            keys: ["supportedWriteOperations"], keptTexts: ["supportedWriteOperations": ["UPSERT"]])
        var kept: [String] = []
        try stream.forEachRow(demand: demand) { row in
            kept.append(Self.describe(row.value["supportedWriteOperations"]))
            return true
        }
        #expect(
            kept == [
                #"["UPSERT"]"#, #"["UPSERT"]"#, #"["UPSERT"]"#, "[]", #""UPSERT INSERT""#, "{UPSERT:true}", "[]",
                #"["UPSERT"]"#, #"["UPSERT","UPSERT"]"#,
            ])
        let brokenLine = #"{"connectorConfiguration": {"supportedWriteOperations": ["UPSERT", tru]}}"#
        let broken = try folder.write("broken.jsonl", lines[0] + "\n" + brokenLine)
        for query in [
            #"connectors | where supportedWriteOperations contains "INSERT" | count"#,
            #"connectors | where "UPSERT" in supportedWriteOperations | count"#,
        ] {
            #expect(
                Self.streamedAnswer(query, path: broken, pieceSize: 1 << 20) == Self.fullAnswer(query, path: broken))
            #expect(Self.fullAnswer(query, path: broken).contains("invalid literal"))
        }
    }

    /// A whole document (a `.json` file, as the AWS CLI writes) is read with its rows' ARNs from
    /// the start, since it rarely says its region or account: the region and account still come
    /// from the ARN when not given, and from the document when given, as in a full read.
    @Test func wholeDocumentsTakeTheirProvenanceAsAFullReadDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let document = """
            [{"connectorConfiguration": {"connectorName": "a", "connectorArn": "arn:aws:appflow:eu-central-1:123456789012:connector/a"}},
             {"region": "us-east-1", "accountId": "111122223333", "connectorConfiguration": {"connectorName": "b", "connectorArn": "arn:aws:appflow:eu-central-1:123456789012:connector/b"}},
             {"connectorConfiguration": {"connectorName": "c"}}]
            """
        let path = try folder.write("cli.json", document)
        for query in [
            "connectors | select connectorName, $source.region as r, $source.account as a",
            "connectors | select connectorName, connectorArn, $source.account as a", "connectors | count",
        ] {
            let full = Self.fullAnswer(query, path: path)
            #expect(Self.streamedAnswer(query, path: path, pieceSize: 64) == full, "query: \(query)")
        }
        #expect(
            Self.fullAnswer("connectors | get $source.account", path: path)
                == "\"123456789012\"\n\"111122223333\"\nnull")
    }

    /// Everything loaded by the full decoder, then the reference evaluator's answer: the oracle.
    static func fullAnswer(_ query: String, path: String, withWarnings: Bool = true) -> String {
        do {
            let data = try RecordedData(paths: [path], modelSchema: TestSchema.schema)
            let pipeline = try onlyPipeline(query)
            let checked = try Checker(context: CheckContext(schema: data.schema)).check(pipeline)
            let values = try ReferenceEvaluator().run(checked, on: data.rows)
            return describe(values) + (withWarnings ? warnings(data.warnings) : "")
        } catch {
            return "error: \(error)"
        }
    }

    /// As the session does now: check lazily, then stream.
    static func streamedAnswer(_ query: String, path: String, pieceSize: Int) -> String {
        do {
            let stream = try RecordedStream(paths: [path], modelSchema: TestSchema.schema, pieceSize: pieceSize)
            return answer(query, on: stream)
        } catch {
            return "error: \(error)"
        }
    }

    /// The answer from any supplier, checked against its schema, without warnings.
    static func plainAnswer(_ query: String, on supplier: any RowSupplier) -> String {
        do {
            let pipeline = try onlyPipeline(query)
            let checked = try Checker(context: CheckContext(schema: supplier.schema)).check(pipeline)
            return describe(try Evaluator().run(checked, on: supplier))
        } catch {
            return "error: \(error)"
        }
    }

    /// The reference evaluator's answer over rows already loaded, checked against their schema.
    static func referenceAnswer(_ query: String, on data: RecordedData) -> String {
        do {
            let pipeline = try onlyPipeline(query)
            let checked = try Checker(context: CheckContext(schema: data.schema)).check(pipeline)
            return ReferenceAnswer.of(checked, on: data.rows)
        } catch {
            return "error: \(error)"
        }
    }

    static func answer(_ query: String, on stream: RecordedStream) -> String {
        do {
            let pipeline = try onlyPipeline(query)
            let checked = try Query.check(pipeline, on: stream) { CheckContext(schema: $0) }
            var values: [Value] = []
            try Evaluator().run(checked, on: stream) { values.append($0) }
            return describe(values) + warnings(stream.takeWarnings())
        } catch {
            return "error: \(error)"
        }
    }

    static func onlyPipeline(_ query: String) throws -> Pipeline {
        let program = try Query.parse(SourceFile(name: "query", text: query))
        guard case .pipeline(let pipeline) = program.statements.first else { throw TestFailure.notAPipeline }
        return pipeline
    }

    enum TestFailure: Error { case notAPipeline }

    static func warnings(_ list: [DataWarning]) -> String {
        list.map { "\n" + $0.description }.joined()
    }

    static func describe(_ values: [Value]) -> String { ReferenceAnswer.describe(values) }
    static func describe(_ value: Value) -> String { ReferenceAnswer.describe(value) }
}
