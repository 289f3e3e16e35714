import AFQQuery
import AFQTestSupport
import Testing
@testable import AFQEngine

/// `group by` after row-by-row stages (and `expand`, which is one of them) groups each batch of
/// rows on a worker thread and merges the batches in order, and `count` there counts each batch;
/// the answers must be exactly the reference evaluator's, and so must those of one thread.
@Suite struct BatchedGroupingTests {
    /// Rows in memory on one thread only: no `ConcurrentRowSupplier`, so nothing is batched.
    struct SingleThreadedRows: RowSupplier {
        let rows: [Row]
        let schema: Schema
        func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
            for row in rows where !(try body(row)) { return }
        }
    }

    /// Enough rows for several batches, with keys first seen late, repeated values, nulls,
    /// mixed types for min and max, and lists for `expand`.
    static let rows: [Row] = (0..<9000).map { i in
        let kinds: [Value] = ["alpha", "beta", "gamma", .null, 7, "delta"]
        let kind = i > 6000 && i % 97 == 0 ? Value.string("late-\(i % 3)") : kinds[(i * 7) % kinds.count]
        let score: Value = i % 11 == 0 ? .null : (i % 13 == 0 ? .string("s\(i % 5)") : .number(Double((i * 37) % 101)))
        let tags: Value = i % 5 == 0 ? .list([]) : .list((0..<(i % 4)).map { Value.string("t\(($0 + i) % 6)") })
        return Row(.record(["kind": kind, "score": score, "tags": tags, "n": .number(Double(i))]))
    }

    static let queries = [
        "connectors | group by kind",
        "connectors | where n > 100 | group by kind compute count(), count(score) as scored, min(score) as low, max(score) as high",
        "connectors | group by kind compute collect(n) as ns, distinct(score) as scores",
        "connectors | expand tags | group by tags, kind compute count(), min(n) as first, max(n) as last",
        "connectors | expand tags as tag | group by tag | sort by count desc, tag",
        "connectors | group by kind compute sum(n) as total, avg(n) as mean",
        "connectors | count", "connectors | where kind == \"beta\" | count", "connectors | expand tags | count",
        "connectors | where n > 8000 | select kind | count | get $it + 1",
        // A run-time error in a later batch: the same error, whatever was counted before it.
        "connectors | where score > 50 | count",
    ]

    @Test(arguments: queries)
    func batchedAndOneThreadAnswersAreTheReferenceAnswer(_ query: String) throws {
        let batched = InMemoryRows(Self.rows)
        let single = SingleThreadedRows(rows: Self.rows, schema: batched.schema)
        let pipeline = try #require(
            try Query.parse(SourceFile(name: "query", text: query)).statements.first?.asPipeline)
        let checked = try Checker(context: CheckContext(schema: batched.schema)).check(pipeline)
        let reference = ReferenceAnswer.of(checked, on: Self.rows)
        #expect(ReferenceAnswer.answer { try Evaluator().run(checked, on: batched) } == reference)
        #expect(ReferenceAnswer.answer { try Evaluator().run(checked, on: single) } == reference)
    }
}
