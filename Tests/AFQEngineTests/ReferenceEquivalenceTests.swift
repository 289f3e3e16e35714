import AFQQuery
import AFQTestSupport
import Testing
@testable import AFQEngine

/// Every way the engine runs a pipeline must answer as `ReferenceEvaluator` does: in batches on
/// worker threads (`InMemoryRows`), on one thread, and encoding JSON Lines on the workers. Random
/// pipelines of every stage, function and operator over random rows — mixed types, nulls, missing
/// keys, nested records, lists, timestamps, provenance — compare values with their key order, and
/// run-time errors, with the oracle's.
@Suite struct ReferenceEquivalenceTests {
    /// Rows on one thread, without batches.
    struct OneThread: RowSupplier {
        let rows: [Row]
        let schema: Schema
        func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
            for row in rows where !(try body(row)) { return }
        }
    }

    static let stages = [
        "where canUseAsSource", "where not canUseAsSource", "where kind == \"beta\"", "where kind != null",
        "where score > 40", "where score >= 40 and score < 90", "where score == null or kind == \"alpha\"",
        "where tags contains \"t1\"", "where \"t2\" in tags", "where name like \"conn*\"", "where name =~ \"[13]$\"",
        "where name !~ \"7\"", "where auth.oauth", "where auth.grants contains \"JWT_BEARER\"",
        "where $source.region == \"eu-west-1\"", "where len(tags) > 1", "where registeredAt > \"2023-01-01\"",
        "where lower(name) == name", "where typeof(score) == \"number\"", "where n % 3 == 0",
        "select name, kind", "select name as label, score * 2 as doubled, n + 1 as next",
        "select upper(name) as shout, trim(\"  x \") as t, split(name, \"-\") as parts",
        "select join(tags, \",\") as joined, keys(auth) as authKeys, coalesce(score, kind, 0) as firstSet",
        "select *", "select $source.region as region, $source.account as account, $it.name as itself",
        "select auth.grants as grants, registeredAt", "reject tags", "reject auth.oauth",
        "get name", "get score / 4", "get tags", "get $it", "get auth",
        "expand tags", "expand tags as tag", "expand auth.grants as grant",
        "group by kind", "group by kind compute count(), min(score) as low, max(score) as high",
        "group by canUseAsSource, kind compute sum(n) as total, avg(n) as mean, collect(name) as names",
        "group by $source.region as region compute distinct(kind) as kinds, count(score) as scored",
        "sort by name", "sort by score desc, name", "sort by kind, n desc", "limit 5", "limit 0", "skip 3",
        "count", "distinct", "compute count(), sum(n) as total, min(score) as low, collect(kind) as kinds",
        "compute count(score) as scored, avg(n) as mean, distinct($source.region) as regions",
        "percent of n", "percent of score as share", "group by kind | percent of count",
        "where age(registeredAt) > 500d", "where registeredAt < now() - 2w", "sort by age(registeredAt) desc, name",
        "select date(registeredAt) as d, trunc(registeredAt, \"week\") as w, registeredAt + 1d12h as later",
        "group by trunc(registeredAt, \"month\") as month compute count(), max(age(registeredAt)) as oldest",
        "get now() - registeredAt", "get (registeredAt - timestamp(\"2021-01-01\")) / 1d",
        "where year(registeredAt) == 2021 and month(registeredAt) <= 6 or day(registeredAt) == 1",
        "where any(tags, $x == \"t1\")", "where all(auth.grants, $x != \"JWT_BEARER\")",
        "where any(tags, any(auth.grants, len($x) > 10) and $x != name)",
        "select starts_with(name, \"conn-1\") as s, ends_with(name, \"7\") as e, replace(name, \"-\", \"_\") as r",
        "select substring(name, -2) as tail, first(tags) as f, last(tags) as l, sort(tags) as st, unique(tags) as u",
        "select round(n / 7, 2) as seventh, string(tags) as text, string(registeredAt) as when",
    ]

    /// What `now()` reads in both evaluators: they must agree on it to be compared.
    static let now = Timestamp(secondsSince1970: 1_767_225_600)

    @Test(arguments: Array(1...24) as [UInt64])
    func everyEngineAnswersAsTheReference(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &* 2_654_435_761)
        let rows = Self.rows(count: [0, 1, 7, 40, 300, 5000][random.next(below: 6)], random: &random)
        let batched = InMemoryRows(rows, schema: Self.schema)
        let oneThread = OneThread(rows: rows, schema: batched.schema)
        var checkedQueries = 0
        for _ in 0..<30 {
            var query = "connectors"
            for _ in 0..<(1 + random.next(below: 4)) {
                query += " | " + Self.stages[random.next(below: Self.stages.count)]
            }
            let pipeline = try #require(
                try Query.parse(SourceFile(name: "query", text: query)).statements.first?.asPipeline)
            // A pipeline the checker refuses (a stage after `count` reading a field it dropped)
            // runs on no engine.
            guard let checked = try? Checker(context: CheckContext(schema: batched.schema)).check(pipeline) else {
                continue
            }
            checkedQueries += 1
            let reference = ReferenceAnswer.of(checked, on: rows, now: Self.now)
            #expect(
                ReferenceAnswer.answer { try Evaluator(now: Self.now).run(checked, on: batched) } == reference,
                "\(query), seed \(seed)")
            #expect(
                ReferenceAnswer.answer { try Evaluator(now: Self.now).run(checked, on: oneThread) } == reference,
                "\(query), seed \(seed)")
            #expect(
                Self.lines(checked, on: batched) == Self.referenceLines(checked, on: rows),
                "\(query) as lines, seed \(seed)")
        }
        #expect(checkedQueries >= 10, "most random pipelines must check, or the test compares nothing")
    }

    /// The schema of every field the rows may have, so pipelines over few rows (or none) check.
    static let schema: Schema = {
        var random = SplitMix64(seed: 1)
        return InMemoryRows(rows(count: 2000, random: &random)).schema
    }()

    /// JSON Lines as the workers encode them, or the error.
    static func lines(_ checked: CheckedPipeline, on supplier: any RowSupplier) -> String {
        var text = ""
        do {
            try Evaluator(now: now).run(checked, on: supplier, writingJSONLines: { text += $0 })
            return text
        } catch {
            return "error: \(error)"
        }
    }

    static func referenceLines(_ checked: CheckedPipeline, on rows: [Row]) -> String {
        do {
            return JSONText.lines(try ReferenceEvaluator(now: now).run(checked, on: rows))
        } catch {
            return "error: \(error)"
        }
    }

    static func rows(count: Int, random: inout SplitMix64) -> [Row] {
        let kinds: [Value] = ["alpha", "beta", "gamma", .null, 7, "delta"]
        let regions = ["us-east-1", "eu-west-1", "ap-south-1"]
        return (0..<count).map { i in
            var fields: [(String, Value)] = [("name", .string("conn-\(i % 50)")), ("n", .number(Double(i)))]
            if random.next(below: 10) > 0 { fields.append(("kind", kinds[random.next(below: kinds.count)])) }
            let scoreKind = random.next(below: 12)
            fields.append(
                (
                    "score",
                    scoreKind == 0
                        ? .null : scoreKind == 1 ? .string("s\(i % 5)") : .number(Double(random.next(below: 101)))
                ))
            if random.next(below: 8) > 0 {
                fields.append(
                    ("tags", .list((0..<random.next(below: 4)).map { _ in .string("t\(random.next(below: 5))") })))
            }
            fields.append(("canUseAsSource", .bool(random.next(below: 2) == 0)))
            if random.next(below: 4) > 0 {
                let grants: [Value] = ["AUTHORIZATION_CODE", "JWT_BEARER", "CLIENT_CREDENTIALS"]
                fields.append(
                    (
                        "auth",
                        .record([
                            "oauth": .bool(random.next(below: 3) > 0),
                            "grants": .list(grants.filter { _ in random.next(below: 2) == 0 }),
                        ])
                    ))
            }
            if random.next(below: 3) > 0 {
                fields.append(
                    (
                        "registeredAt",
                        .timestamp(Timestamp(secondsSince1970: 1_600_000_000 + Double(random.next(below: 100_000_000))))
                    ))
            }
            // Keys in a different order in some rows: answers must keep each row's order.
            if random.next(below: 5) == 0 { fields.reverse() }
            let region = random.next(below: 4) == 0 ? nil : regions[random.next(below: regions.count)]
            return Row(
                .record(Record(fields)),
                source: RowSource(region: region, account: region == nil ? nil : "12345678901\(i % 3)"))
        }
    }
}
