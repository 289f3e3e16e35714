import AFQQuery
import Testing

@testable import AFQSources

/// Timestamps at the schema's timestamp paths, in every form docs/recording.md, "What afq
/// reads", lists: epoch seconds, numeric strings, ISO 8601 with any offset (`APITimestamp(text:)`
/// is the one rule for text).
@Suite struct RecordedDataTimestampTests {
    static let cases: [(String, Double)] = [
        ("1612345678", 1_612_345_678),
        ("1612345678.123", 1_612_345_678.123),
        ("\"1612345678\"", 1_612_345_678),
        ("\"1612345678.5\"", 1_612_345_678.5),
        ("\"2021-02-03T09:47:58Z\"", 1_612_345_678),
        ("\"2021-02-03T09:47:58+00:00\"", 1_612_345_678),
        ("\"2021-02-03T01:47:58.500000-08:00\"", 1_612_345_678.5),
        ("\"2021-02-03T11:47:58+0200\"", 1_612_345_678),
    ]

    @Test(arguments: cases)
    func readsTimestamp(json: String, seconds: Double) throws {
        let data = try load(#"{"connectorType": "S3", "registeredAt": \#(json)}"#)
        #expect(data.rows[0].value["registeredAt"] == .timestamp(Timestamp(secondsSince1970: seconds)))
        #expect(data.warnings.isEmpty)
    }

    @Test func convertsTimestampsInsideListsOfRecords() throws {
        let data = try load(
            #"{"connectorType": "S3", "versionHistory": [{"version": "1", "releasedAt": 10}, {"releasedAt": "1970-01-01T00:00:20Z"}]}"#
        )
        let history = try #require(data.rows[0].value["versionHistory"].listValue)
        #expect(
            history.map { $0["releasedAt"] } == [
                .timestamp(Timestamp(secondsSince1970: 10)), .timestamp(Timestamp(secondsSince1970: 20)),
            ])
    }

    @Test func leavesOtherFieldsAlone() throws {
        let data = try load(#"{"connectorType": "S3", "connectorName": "1612345678", "createdAt": 5}"#)
        #expect(data.rows[0].value["connectorName"] == "1612345678")
        #expect(data.rows[0].value["createdAt"] == 5)
    }

    @Test func nullTimestampStaysNull() throws {
        let data = try load(#"{"connectorType": "S3", "registeredAt": null}"#)
        #expect(data.rows[0].value["registeredAt"] == .null)
        #expect(data.warnings.isEmpty)
    }

    @Test func unreadableTimestampIsKeptWithAWarning() throws {
        let marked = MarkedText(
            """
            [
              {"connectorType": "S3",
               "registeredAt": ‸"yesterday"},
              {"connectorType": "Slack", "registeredAt": true}
            ]
            """)
        let data = try load(marked.text, name: "when.json")
        #expect(data.rows[0].value["registeredAt"] == "yesterday")
        #expect(data.rows[1].value["registeredAt"] == true)
        #expect(data.warnings.count == 2)
        #expect(
            data.warnings.first
                == DataWarning(
                    "`registeredAt` is not a timestamp: \"yesterday\"; kept as it is", file: "when.json",
                    line: marked.line, column: marked.column))
        #expect(
            data.warnings.first?.description
                == "when.json:3:20: `registeredAt` is not a timestamp: \"yesterday\"; kept as it is")
        #expect(data.warnings.last?.message == "`registeredAt` is not a timestamp: a boolean; kept as it is")
    }

    @Test func manyUnreadableTimestampsAreSummarised() throws {
        let lines = (0..<15).map { _ in #"{"connectorType": "S3", "registeredAt": "soon"}"# }
        let data = try load(lines.joined(separator: "\n"), name: "many.jsonl")
        #expect(data.rowCount == 15)
        #expect(data.warnings.count == 11)
        #expect(data.warnings.last == DataWarning("5 more warnings like these", file: "many.jsonl"))
        #expect(data.warnings[9].line == 10)
    }

    @Test func timestampPathsFollowTheSchema() {
        let paths = TimestampPaths(schema: TestSchema.schema)
        #expect(paths.children.map(\.name) == ["registeredAt", "versionHistory"])
        #expect(paths.children[0].paths.isTimestamp)
        #expect(paths.children[1].paths.children.map(\.name) == ["releasedAt"])
    }
}
