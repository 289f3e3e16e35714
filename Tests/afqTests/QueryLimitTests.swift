import AFQTestSupport
import Foundation
import Testing

/// Deep and long queries through the built binary (docs/reliability.md, "Deep and long
/// queries"): nesting up to the limit runs, on the main thread and on the worker threads; beyond
/// it is a query error at the token that goes too deep; long chains of `and`, `or`, arithmetic,
/// `.name` and `[index]`, and long pipelines, have no limit. None of them may crash the process,
/// whatever the size. (`LongQueryTests` compares long chains and pipelines with the reference
/// evaluator, a hundred thousand long over several batches; here the worker threads get ten
/// thousand, which costs the same stack and less time in a debug build.)
@Suite struct QueryLimitTests {
    static let nesting = 256
    static let depth = 512
    static let long = 100_000
    static let longOnWorkers = 10_000

    /// The sample's rows repeated until several pieces of the file, and so several batches of
    /// rows, go to the worker threads.
    static func workerData(_ folder: TemporaryFolder, copies: Int = 1_200) throws -> String {
        let sample = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("examples/data/connectors.jsonl"),
            encoding: .utf8)
        return try folder.write("rows.jsonl", String(repeating: sample, count: copies))
    }

    /// Runs `query` from a file over `data` and fails when the run takes more than `seconds`.
    static func run(_ query: String, data: String? = nil, within seconds: Int = 60) throws -> BinaryRunner.Result {
        let folder = try TemporaryFolder()
        let file = try folder.write("query.afq", query + "\n")
        let start = ContinuousClock.now
        let result = try BinaryRunner.run((data.map { ["--data", $0] } ?? []) + ["-f", file])
        #expect(ContinuousClock.now - start < .seconds(seconds), "\(query.prefix(60))… took too long")
        return result
    }

    static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    /// Conditions as deep as the nesting limit allows, by what makes them deep, and conditions
    /// with chains `length` long.
    static func deepest(_ kind: String, length: Int = longOnWorkers) -> String {
        switch kind {
        case "parentheses": repeated("(", nesting - 1) + "canUseAsSource" + repeated(")", nesting - 1)
        case "brackets": repeated("[", nesting - 1) + "canUseAsSource" + repeated("]", nesting - 1)
        case "calls": repeated("coalesce(", nesting - 1) + "canUseAsSource" + repeated(")", nesting - 1)
        case "not": repeated("not ", nesting - 1) + "not canUseAsSource"
        case "indexes": "len(supportedTriggerTypes" + repeated("[0]", length) + ") >= 0"
        case "members": "[$it, 0][0]" + repeated(".a", length) + " is null"
        case "sums": "len(connectorType)" + repeated(" + 1", length) + " > 0"
        default: "len(connectorType)" + repeated(" * 1", length) + " > 0"
        }
    }

    /// Conditions far beyond the nesting limit, and the column of the token that passes it.
    static func tooDeep(_ kind: String) -> (condition: String, column: Int) {
        switch kind {
        case "parentheses": (repeated("(", 10_000) + "true" + repeated(")", 10_000), 20 + nesting)
        case "brackets": (repeated("[", 10_000) + "true" + repeated("]", 10_000), 20 + nesting)
        case "calls": (repeated("coalesce(", 10_000) + "true" + repeated(")", 10_000), 20 + 9 * nesting)
        case "not": (repeated("not ", 30_000) + "true", 20 + 4 * nesting)
        default: (repeated("- ", 30_000) + "1", 20 + 2 * nesting)
        }
    }

    @Test(arguments: ["parentheses", "brackets", "calls", "not", "indexes", "members", "sums", "products"])
    func deepAndLongConditionsRunOnWorkers(kind: String) throws {
        let folder = try TemporaryFolder()
        let result = try Self.run(
            "connectors | where \(Self.deepest(kind)) | count", data: try Self.workerData(folder, copies: 250))
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0)
    }

    @Test(arguments: ["indexes", "members", "sums", "products"])
    func chainsOfAHundredThousandRun(kind: String) throws {
        let result = try Self.run("connectors | where \(Self.deepest(kind, length: Self.long)) | count")
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0)
    }

    @Test func aLongChainFailsAtTheOperatorThatFails() throws {
        let result = try Self.run(
            "connectors | get 1" + Self.repeated(" + 1", Self.long) + " + connectorType" + Self.repeated(" - 1", 10))
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("error: `+` cannot combine a number and a string"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("query.afq:1:18\n"), "\(result.stderr.prefix(300))")
    }

    @Test(arguments: ["parentheses", "brackets", "calls", "not", "minus"])
    func nestingBeyondTheLimitIsAnErrorAtTheToken(kind: String) throws {
        let (condition, column) = Self.tooDeep(kind)
        let result = try Self.run("connectors | where \(condition) | count")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: expression nested too deeply"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("query.afq:1:\(column)\n"), "\(result.stderr.prefix(300))")
    }

    /// Short chains around each level of parentheses are levels of the tree: past its limit, an
    /// error at the operator that goes too deep.
    @Test func shortChainsAroundDeepNestingAreAnErrorAtTheOperator() throws {
        func nested(_ operators: Int) -> String {
            "connectors | get " + Self.repeated("(", 40) + "1"
                + Self.repeated(")" + Self.repeated(" + 1", operators), 40)
        }
        let refused = try Self.run(nested(16))
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: expression too deep"), "\(refused.stderr.prefix(300))")
        let flat = try Self.run(nested(17) + " | limit 1")
        #expect(flat.status == 0, "\(flat.stderr.prefix(300))")
        #expect(flat.stdout == "\(1 + 17 * 40)\n")
    }

    /// The deepest value a query can make: data nested as deep as the reader allows, in lists
    /// nested as deep as the parser allows, printed in every format.
    @Test(arguments: ["table", "json", "jsonl", "csv", "tsv", "yaml", "markdown"])
    func theDeepestValueIsPrinted(format: String) throws {
        let folder = try TemporaryFolder()
        let data = try folder.write(
            "deep.json",
            #"{"connectorType": "S3", "deep": "# + Self.repeated("[", 510) + #""x""# + Self.repeated("]", 510) + "}\n")
        let query = try folder.write(
            "deep.afq",
            "connectors | get " + Self.repeated("[", Self.nesting - 1) + "deep" + Self.repeated("]", Self.nesting - 1)
                + "\n")
        let start = ContinuousClock.now
        let result = try BinaryRunner.run(["--data", data, "-o", format, "-f", query])
        #expect(ContinuousClock.now - start < .seconds(60))
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout.contains("x"))
    }

    @Test func aGeneratedOrOfAHundredThousandTestsRuns() throws {
        let tests = (0..<100_000).map { "connectorLabel == \"label-\($0)\"" }
        let result = try Self.run(
            "connectors | where connectorType == \"S3\" or " + tests.joined(separator: " or ") + " | count")
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout == "1\n")
    }

    @Test func aLongAndRunsOnWorkers() throws {
        let folder = try TemporaryFolder()
        let tests = (0..<3_000).map { "connectorLabel != \"label-\($0)\"" }
        let result = try Self.run(
            "connectors | where " + tests.joined(separator: " and ") + " | count", data: try Self.workerData(folder))
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout == "8400\n")
    }

    @Test func longPipelinesRunOnWorkers() throws {
        let folder = try TemporaryFolder()
        let result = try Self.run(
            "connectors" + Self.repeated(" | where true", Self.longOnWorkers) + " | count",
            data: try Self.workerData(folder, copies: 250))
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout == "1750\n")
    }

    @Test(arguments: [" | where true", " | select connectorType"])
    func aHundredThousandStagesRun(stage: String) throws {
        let result = try Self.run("connectors" + Self.repeated(stage, Self.long) + " | sort by connectorType | limit 1")
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout.contains("connectorType"), "\(result.stdout.prefix(300))")
    }
}
