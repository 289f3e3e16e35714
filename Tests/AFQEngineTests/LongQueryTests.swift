import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQEngine

/// Long chains and long pipelines (docs/reliability.md, "Deep and long queries"): chains of
/// `+ - * / %`, `.name` and `[index]` of any length, and pipelines of any number of stages, give
/// exactly what the left-deep tree and one row at a time through every stage give, values and
/// run-time errors alike, in batches on the worker threads, on one thread, encoded on the workers,
/// and in the reference evaluator.
@Suite struct LongQueryTests {
    /// Rows in batches of eight on the worker threads, so that a few dozen rows make several
    /// batches even where each row passes through a hundred thousand stages.
    struct SmallBatches: ConcurrentRowSupplier {
        let rows: [Row]
        let schema: Schema

        func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
            for row in rows where !(try body(row)) { return }
        }

        func forEachBatch<Output: Sendable>(
            demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
            _ consume: (Output) throws -> Bool
        ) throws {
            let rows = self.rows
            let cursor = BatchNumbers(count: (rows.count + 7) / 8)
            try OrderedParallelMap.run(
                workers: 2, next: { cursor.next() },
                work: { index in transform(rows[(index * 8)..<min(rows.count, index * 8 + 8)]) }, consume: consume)
        }
    }

    /// Batch numbers in order, taken under `OrderedParallelMap`'s lock.
    final class BatchNumbers: @unchecked Sendable {
        private var position = 0
        private let count: Int

        init(count: Int) { self.count = count }

        func next() -> Int? {
            guard position < count else { return nil }
            position += 1
            return position - 1
        }
    }

    static let now = Timestamp(secondsSince1970: 1_767_225_600)

    static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    static func checked(_ query: String, schema: Schema) throws -> CheckedPipeline {
        let pipeline = try #require(
            try Query.parse(SourceFile(name: "query", text: query)).statements.first?.asPipeline)
        return try Checker(context: CheckContext(schema: schema)).check(pipeline)
    }

    /// The reference evaluator's answer, after checking that every way the engine runs the query
    /// answers the same.
    static func answer(_ query: String, rows: [Row], schema: Schema) throws -> String {
        let checked = try checked(query, schema: schema)
        let reference = ReferenceAnswer.of(checked, on: rows, now: now)
        let batched = SmallBatches(rows: rows, schema: schema)
        let oneThread = ReferenceEquivalenceTests.OneThread(rows: rows, schema: schema)
        let head = String(query.prefix(80))
        #expect(ReferenceAnswer.answer { try Evaluator(now: now).run(checked, on: batched) } == reference, "\(head)")
        #expect(ReferenceAnswer.answer { try Evaluator(now: now).run(checked, on: oneThread) } == reference, "\(head)")
        #expect(
            ReferenceEquivalenceTests.lines(checked, on: batched)
                == ReferenceEquivalenceTests.referenceLines(checked, on: rows), "\(head) as lines")
        return reference
    }

    /// Seventeen rows, three batches of `SmallBatches`: `n`, a number, and `name`, a string;
    /// `score` is a number but a string in row 13.
    static let rows: [Row] = (0..<17).map { i in
        Row(.record(["n": .number(Double(i)), "name": .string("row\(i)"), "score": i == 13 ? "high" : .number(2)]))
    }
    static let schema = InMemoryRows(rows).schema

    @Test(arguments: ["sums", "products", "strings"])
    func aChainOfAHundredThousandOperandsIsReadLeftToRight(kind: String) throws {
        let rows = (0..<17).map { Row(.record(["n": .number(Double($0) + 1.5), "name": .string("row\($0)")])) }
        let operators: [(text: String, apply: (Double) -> Double)] =
            kind == "sums"
            ? [(" + 0.1", { $0 + 0.1 }), (" - 0.3", { $0 - 0.3 }), (" + 1e-17", { $0 + 1e-17 })]
            : [
                (" * 1.0001", { $0 * 1.0001 }), (" / 1.0003", { $0 / 1.0003 }),
                (" % 1000", { $0.truncatingRemainder(dividingBy: 1000) }),
            ]
        let query: String
        let expected: [Value]
        if kind == "strings" {
            query = "connectors | get name" + Self.repeated(" + \"a\" + \"bc\"", 50_000)
            expected = (0..<17).map { .string("row\($0)" + Self.repeated("abc", 50_000)) }
        } else {
            query = "connectors | get n" + (0..<100_000).map { operators[$0 % operators.count].text }.joined()
            expected = (0..<17).map { n in
                var value = Double(n) + 1.5
                for i in 0..<100_000 { value = operators[i % operators.count].apply(value) }
                return .number(value)
            }
        }
        #expect(
            try Self.answer(query, rows: rows, schema: InMemoryRows(rows).schema) == ReferenceAnswer.describe(expected))
    }

    @Test func aLongChainFailsAtTheSameOperatorWithTheSameCaret() throws {
        let before = Self.repeated(" + 1", 40_000)
        let query = "connectors | get n" + before + " + score" + Self.repeated(" - 1", 40_000)
        let start = "connectors | get ".utf8.count
        let end = start + "n".utf8.count + before.utf8.count + " + score".utf8.count
        let error = RuntimeError.invalidOperands("+", left: "number", right: "string", SourceRange(start, end))
        #expect(try Self.answer(query, rows: Self.rows, schema: Self.schema) == "error: \(error)")
        let divided =
            "connectors | get n" + Self.repeated(" * 2", 20_000) + " / (n - 3)" + Self.repeated(" * 1", 20_000)
        // The operand's range is inside its parentheses.
        let divisionEnd = divided.utf8.count - Self.repeated(" * 1", 20_000).utf8.count - 1
        #expect(
            try Self.answer(divided, rows: Self.rows, schema: Self.schema)
                == "error: \(RuntimeError.divisionByZero(SourceRange(start, divisionEnd)))")
    }

    /// Rows nested `depth` levels deep: `{"a": {"a": … {"leaf": n}}}` and `{"l": [[… [n] …]]}`.
    static func nestedRows(depth: Int) -> [Row] {
        (0..<17).map { i in
            var record: Value = .record(["leaf": .number(Double(i))])
            var list: Value = .list([.number(Double(i))])
            for _ in 0..<depth {
                record = .record(["a": record])
                list = .list([list, .null])
            }
            return Row(.record(["a": record.member("a"), "l": list, "n": .number(Double(i))]))
        }
    }

    @Test func aHundredThousandMembersAndIndexesRunOverNestedData() throws {
        let rows = Self.nestedRows(depth: 300)
        let schema = Schema(
            row: RecordSchema(fields: [
                FieldSchema(name: "a", type: .any), FieldSchema(name: "l", type: .any),
                FieldSchema(name: "n", type: .number),
            ]))
        let leaves = ReferenceAnswer.describe((0..<17).map { .number(Double($0)) })
        let nulls = ReferenceAnswer.describe(Array(repeating: .null, count: 17))
        #expect(
            try Self.answer("connectors | get a" + Self.repeated(".a", 299) + ".leaf", rows: rows, schema: schema)
                == leaves)
        #expect(
            try Self.answer("connectors | get $it" + Self.repeated(".a", 100_000), rows: rows, schema: schema) == nulls)
        #expect(try Self.answer("connectors | get l" + Self.repeated("[0]", 301), rows: rows, schema: schema) == leaves)
        #expect(
            try Self.answer("connectors | get l" + Self.repeated("[-2]", 100_000), rows: rows, schema: schema) == nulls)
        #expect(
            try Self.answer("connectors | get l" + Self.repeated("[n - n]", 100_000) + ".x", rows: rows, schema: schema)
                == nulls)
        let path = "a" + Self.repeated(".a", 100_000)
        #expect(try Self.answer("connectors | get " + path, rows: rows, schema: schema) == nulls)
        #expect(try Self.answer("connectors | where " + path + " | count", rows: rows, schema: schema) == "0.0")
        #expect(
            try Self.answer(
                "connectors | where not " + path + " | select " + path + " as deep", rows: rows, schema: schema)
                == ReferenceAnswer.describe(Array(repeating: .record(["deep": .null]), count: 17)))
        #expect(
            try Self.answer("connectors | reject " + path + " | get n", rows: rows, schema: schema)
                == ReferenceAnswer.describe((0..<17).map { .number(Double($0)) }))
        _ = try Self.answer("connectors | expand " + path + " | get n", rows: rows, schema: schema)
        #expect(
            try Self.answer(
                "connectors | where a" + Self.repeated(".a", 299) + ".leaf" + Self.repeated(" + 1", 100_000)
                    + " > 100010 | count", rows: rows, schema: schema) == "6.0")
    }

    @Test(arguments: [" | where true", " | select n, name"])
    func aHundredThousandStagesRunOnTheWorkers(stage: String) throws {
        let query = "connectors" + Self.repeated(stage, 100_000)
        let expected = Self.rows.map { row in
            stage.contains("select")
                ? .record(["n": row.value.member("n"), "name": row.value.member("name")]) : row.value
        }
        #expect(try Self.answer(query, rows: Self.rows, schema: Self.schema) == ReferenceAnswer.describe(expected))
    }

    /// A long pipeline answers as the same stages without the `where true`s between them, written
    /// as spaces so that every range, and so every error, is the same: with so few stages the
    /// reference evaluator runs them as one chain, the plain one-row-at-a-time reading. `P` marks
    /// 300 stages, more than a segment.
    @Test(arguments: [
        "where n < 10 or score * 2 > 0 | P | where score * 3 > 0",
        "where n < 10 or score * 2 > 0 | P | limit 3",
        "where n < 10 or score * 2 > 0 | P | P | limit 30",
        "sort by n desc | P | where n % 7 == 0 | P | limit 4",
        "sort by n desc | P | get score * 2 | P | limit 3",
        "sort by n desc | P | get score * 2 | P | limit 15",
        "P | sort by name | P | get n * 2 | P | distinct | P | limit 5",
        "skip 3 | P | limit 10 | P | sort by n desc",
        "P | group by n % 3 as k compute count() as c | P | where c > 1 | P | sort by k desc",
        "select n, [n, n + 1] as pair | P | expand pair | P | where pair % 4 != 0 | P | limit 9",
        "P | P | P | count",
        "P | count | P | get 1 / ($it - 17)",
        "where score * 2 > 0 | P | count",
    ])
    func aLongPipelineAnswersAsOneRowAtATime(stages: String) throws {
        let padding = Array(repeating: "where true", count: 300).joined(separator: " | ")
        let long = "connectors | " + stages.replacingOccurrences(of: "P", with: padding)
        let short =
            "connectors | " + stages.replacingOccurrences(of: "P | ", with: Self.repeated(" ", padding.utf8.count + 3))
        #expect(long.utf8.count == short.utf8.count)
        let plain = ReferenceAnswer.of(try Self.checked(short, schema: Self.schema), on: Self.rows, now: Self.now)
        #expect(try Self.answer(long, rows: Self.rows, schema: Self.schema) == plain, "\(stages)")
    }
}
