import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources

/// `expand` as a pipeline's first stage cuts the rows it lends on to the keys the pipeline reads
/// (`RecordNarrowing`), when the rows come in batches. Answers must be exactly the reference
/// evaluator's, as must those of the same rows pushed one at a time through stages that cut
/// nothing.
@Suite struct ExpandNarrowingTests {
    /// The rows of `data`, one at a time: the evaluator then runs every stage on one thread,
    /// without batches, and `expand` keeps whole rows.
    struct OneRowAtATime: RowSupplier {
        let data: RecordedData
        var schema: Schema { data.schema }

        func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
            try data.forEachRow(demand: demand, body)
        }
    }

    static let expansions = [
        "expand supportedWriteOperations", "expand versionHistory as v", "expand authenticationConfig as auth",
        "expand connectorModes", "expand versionHistory.releasedAt as released",
    ]

    @Test(arguments: Array(1...12) as [UInt64])
    func expandedRowsAnswerAsWholeRowsDo(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &* 613)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var generator = RecordingGenerator(random: SplitMix64(seed: seed &* 7919))
        let text = generator.recording(lines: 30 + Int(random.next() % 60), malformed: false)
        let path = try folder.write("data-\(seed).jsonl", text)
        let data = try RecordedData(paths: [path], modelSchema: TestSchema.schema)
        let stages = RecordedStreamEquivalenceTests.stages
        let answer = RecordedStreamEquivalenceTests.plainAnswer(_:on:)
        for _ in 0..<25 {
            var query = "connectors | " + Self.expansions[Int(random.next() % UInt64(Self.expansions.count))]
            for _ in 0..<(1 + Int(random.next() % 2)) {
                query += " | " + stages[Int(random.next() % UInt64(stages.count))]
            }
            let reference = RecordedStreamEquivalenceTests.referenceAnswer(query, on: data)
            #expect(answer(query, OneRowAtATime(data: data)) == reference, "query: \(query), seed \(seed)")
            #expect(answer(query, data) == reference, "query: \(query), seed \(seed)")
        }
    }
}
