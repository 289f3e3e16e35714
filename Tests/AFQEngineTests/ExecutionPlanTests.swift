import AFQTestSupport
import Testing

@testable import AFQQuery
@testable import AFQEngine

/// The plan a checked pipeline is lowered to says where each stage runs and how: the strategies
/// the fast paths take are chosen here, once, and can be read back (`ExecutionPlan.summary`).
@Suite struct ExecutionPlanTests {
    static func summary(_ query: String, concurrent: Bool = true, writesLines: Bool = false) throws -> String {
        let pipeline = try #require(
            try Query.parse(SourceFile(name: "query", text: query)).statements.first?.asPipeline)
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(pipeline)
        return ExecutionPlan(checked.pipeline.stages, concurrent: concurrent, writesLines: writesLines).summary()
    }

    @Test(arguments: [
        (
            "connectors | where canUseAsSource | count", false,
            "workers: where (in place) → counted in parts; caller: count"
        ),
        (
            "connectors | where canUseAsSource | group by connectorType", false,
            "workers: where (in place) → grouped in parts; caller: group by"
        ),
        (
            "connectors | select connectorName", true,
            "workers: select (lent into lines) → encoded as JSON Lines on the workers"
        ),
        (
            "connectors | select connectorName | sort by connectorName", false,
            "workers: select (compiled) → rows handed over; caller: sort by"
        ),
        ("connectors | sort by connectorName | limit 2", false, "caller: sort by, limit"),
        // Stages with no sink of their own run their reference step, on the calling thread.
        (
            "connectors | where canUseAsSource | percent of 1 | compute count()", false,
            "workers: where (in place) → rows handed over; caller: percent of (reference step), compute (reference step)"
        ),
    ])
    func plansSayWhereAndHowEachStageRuns(_ query: String, _ writesLines: Bool, _ expected: String) throws {
        let summary = try Self.summary(query, writesLines: writesLines)
        #expect(summary == expected)
    }

    @Test func withoutWorkersEveryStageRunsOnTheCaller() throws {
        let summary = try Self.summary("connectors | where canUseAsSource | count", concurrent: false)
        #expect(summary == "caller: where, count")
    }
}
