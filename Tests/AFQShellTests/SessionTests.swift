import AFQQuery
import Foundation
@testable import AFQShell
import AFQTestSupport
import Testing

/// Sessions over the bundled sample, with output captured in memory.
@Suite struct SessionTests {
    func session() -> (Session, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(selection: .bundledSample, loader: RecordedDataLoader(), output: output, errors: errors)
        return (session, output, errors)
    }

    @Test func reportsStaticErrorsBeforeAnythingRuns() {
        let (session, output, errors) = session()
        let outcome = session.run("connectors | count; connectors | where nope; connectors | count", name: "q")
        #expect(outcome == .finished(.queryError))
        #expect(output.text == "")
        #expect(errors.text.contains("unknown field `nope`"))
    }

    @Test func stopsAtTheFirstRunTimeFailureKeepingEarlierResults() {
        let (session, output, errors) = session()
        let outcome = session.run("connectors | count; connectors | get 1 / 0; connectors | count", name: "q")
        #expect(outcome == .finished(.queryError))
        #expect(output.text == "30\n")
        #expect(errors.text.contains("division by zero"))
    }

    @Test func formatCommandChangesLaterResults() {
        let (session, output, _) = session()
        session.run(".format jsonl\nconnectors | where connectorType == \"S3\" | get connectorName", name: "q")
        #expect(output.text == "\"Amazon S3\"\n")
    }

    @Test func toOverridesTheSessionFormatForOneStatement() {
        let (session, output, _) = session()
        session.run("connectors | where connectorType == \"S3\" | select connectorType | to csv", name: "q")
        #expect(output.text == "connectorType\nS3\n")
        #expect(session.format == .table)
    }

    @Test func paramCommandSetsAStringParameter() {
        let (session, output, _) = session()
        session.run(".param kind Slack\nconnectors | where connectorType == $kind | count", name: "q")
        #expect(output.text == "1\n")
    }

    @Test func quitStopsTheRun() {
        let (session, output, _) = session()
        #expect(session.run("connectors | count\n.quit\nconnectors | count", name: "q") == .quit)
        #expect(output.text == "30\n")
    }

    @Test func unknownCommandSuggestsTheNearestOne() {
        let (session, _, errors) = session()
        #expect(session.run(".fromat json", name: "q") == .finished(.queryError))
        #expect(errors.text.contains("did you mean `.format`?"))
    }

    @Test func openReportsBadDataWhereItIsNamed() {
        let (session, _, errors) = session()
        #expect(session.run(".open no/such/file.json", name: "q") == .finished(.dataError))
        #expect(errors.text.contains("no/such/file.json"))
    }

    @Test func schemaListsFieldsWithTypes() {
        let (session, output, _) = session()
        session.run(".format csv\n.schema connectorProvisioningConfig.lambda", name: "q")
        #expect(output.text.hasPrefix("field,type,values,description\nlambdaArn,string,,"))
    }

    @Test func liveNeedsALiveLoaderAndValidOptions() {
        let (session, _, errors) = session()
        #expect(session.run(".live --colour blue", name: "q") == .finished(.queryError))
        #expect(errors.text.contains("unknown option --colour"))
        #expect(session.run(".live", name: "q") == .finished(.usageError))
        #expect(errors.text.contains("live AppFlow data is not available here"))
    }
}

/// Every example `.help` shows runs on the bundled sample and prints exactly the result written
/// beside it: stages, functions, aggregates and operators.
@Suite struct HelpExampleTests {
    static var examples: [HelpExample] {
        StageLibrary.signatures.flatMap(\.examples) + FunctionLibrary.all.flatMap(\.examples)
            + AggregateLibrary.all.flatMap(\.examples) + HelpText.operators.flatMap(\.2)
    }

    /// Every stage, function, aggregate and operator shows at least one example.
    @Test func everyTopicHasAnExample() {
        #expect(StageLibrary.signatures.allSatisfy { !$0.examples.isEmpty })
        #expect(FunctionLibrary.all.allSatisfy { !$0.examples.isEmpty })
        #expect(AggregateLibrary.all.allSatisfy { !$0.examples.isEmpty })
        #expect(HelpText.operators.allSatisfy { !$0.2.isEmpty })
        #expect(Self.examples.count >= 37)
    }

    @Test(arguments: examples)
    func exampleGivesItsResult(_ example: HelpExample) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(selection: .bundledSample, loader: RecordedDataLoader(), output: output, errors: errors)
        #expect(session.run(".format jsonl", name: "format") == .finished(.success))
        #expect(session.run(example.query, name: "example") == .finished(.success), "\(errors.text)")
        #expect(!example.expected.isEmpty, "an example should show rows")
        #expect(output.text == example.expected + "\n", "\(example.query)")
    }

    /// `.help` shows each example's result under its query.
    @Test func helpShowsResults() throws {
        let text = try #require(HelpText.text(for: "limit"))
        let example = try #require(StageLibrary.signatures.first { $0.name == "limit" }?.examples.first)
        let shown = example.expected.split(separator: "\n").map { "  → \($0)" }.joined(separator: "\n")
        #expect(text.contains("  \(example.query)\n" + shown + "\n"))
    }
}

@Suite struct StatementAccumulatorTests {
    @Test(arguments: [
        ("connectors |", true), ("connectors | select a,", true), ("connectors | where (a", true),
        ("connectors | where a and", true), ("connectors | count", false), (".format json", false),
        ("connectors | where x == \"unterminated", false), ("", false),
    ])
    func knowsWhenAStatementNeedsMore(text: String, needsMore: Bool) {
        #expect(StatementAccumulator.needsMore(text) == needsMore)
    }

    @Test func joinsContinuationLines() {
        var accumulator = StatementAccumulator()
        #expect(accumulator.add("connectors |") == nil)
        #expect(accumulator.add("  where canUseAsSource") == "connectors |\n  where canUseAsSource")
        #expect(accumulator.isEmpty)
    }

    /// Completion never waits for a recording to be read into memory: the model's fields at once,
    /// keys only the data has once the rows are in, and values read for the one path asked about.
    @Test func completionOffersTheModelAtOnceAndDataKeysOnceRowsAreIn() throws {
        let folder = try TemporaryFolder(prefix: "afq-session")
        defer { folder.remove() }
        let lines = (0..<50).map { i in
            #"{"region": "eu-west-1", "connectorConfiguration": {"connectorType": "T\#(i % 3)", "dataOnlyKey": \#(i)}}"#
        }
        let path = try folder.write("data.jsonl", lines.joined(separator: "\n") + "\n")
        let session = Session(
            selection: .recorded(paths: [path]), loader: RecordedDataLoader(), output: BufferSink(),
            errors: BufferSink())
        let banner = try session.data().description
        #expect(banner == "1 file: 50 connectors")
        #expect(session.completionSchema.type(at: ["connectorType"]) != nil)
        #expect(session.observedValues(at: ["connectorType"]) == ["T0", "T1", "T2"])
        _ = try session.data().rows.readSchema()  // waits for the rows
        #expect(session.completionSchema.type(at: ["dataOnlyKey"]) == .number)
    }
}
