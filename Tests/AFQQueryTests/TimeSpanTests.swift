@testable import AFQQuery
import AFQTestSupport
import Testing
@testable import AFQEngine

/// Durations and time arithmetic (docs/language.md, "Time"): the properties the page promises,
/// over random instants and durations across the whole range.
@Suite struct TimeSpanTests {
    /// A random instant on a whole millisecond, years 0001 to 9999.
    static func instant(_ random: inout SplitMix64) -> Timestamp {
        let span = UInt64(TimeSpan.limit)
        let milliseconds = -62_135_596_800_000 + Int64(random.next() % (span + 1))
        return Timestamp(secondsSince1970: Double(milliseconds) / 1000)
    }

    /// A random duration, mostly short, sometimes centuries, either sign.
    static func span(_ random: inout SplitMix64) -> TimeSpan {
        let scales: [UInt64] = [1000, 86_400_000, 86_400_000 * 3650, UInt64(TimeSpan.limit)]
        let magnitude = Int64(random.next() % (scales[random.next(below: scales.count)] + 1))
        return TimeSpan(milliseconds: random.next(below: 2) == 0 ? magnitude : -magnitude) ?? .zero
    }

    static func run(_ query: String, now: Timestamp? = nil) throws -> Value? {
        let pipeline = try #require(try Query.parse(SourceFile(name: "q", text: query)).statements.first?.asPipeline)
        let rows = InMemoryRows([Row(.record(Record([("n", .number(1))])))])
        let checked = try Checker(context: CheckContext(schema: rows.schema)).check(pipeline)
        return try Evaluator(now: now).run(checked, on: rows).first
    }

    @Test(arguments: Array(1...8) as [UInt64])
    func addingThenSubtractingADurationGivesTheInstantBack(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var checked = 0
        for _ in 0..<2000 {
            let t = Self.instant(&random)
            let d = Self.span(&random)
            let range = SourceRange(0, 0)
            guard let moved = try? Arithmetic.apply(.add, .timestamp(t), .duration(d), range: range) else { continue }
            let back = try? Arithmetic.apply(.subtract, moved, .duration(d), range: range)
            #expect(back == .timestamp(t), "\(t.iso8601) + \(d.literal) - \(d.literal)")
            let between = try? Arithmetic.apply(.subtract, moved, .timestamp(t), range: range)
            #expect(between == .duration(d), "(\(t.iso8601) + \(d.literal)) - \(t.iso8601)")
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test(arguments: Array(1...4) as [UInt64])
    func truncatingTwiceIsTruncatingOnce(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let t = Self.instant(&random)
            for unit in ["day", "week", "month", "year"] {
                let once = try #require(Trunc.start(of: t, unit: unit))
                #expect(Trunc.start(of: once, unit: unit) == once, "\(t.iso8601) \(unit)")
                #expect(once <= t)
                #expect(once.isRepresentable)
            }
        }
    }

    @Test func weeksStartOnMonday() throws {
        // 2024-02-29 was a Thursday; 2024-03-03 a Sunday; 2024-03-04 a Monday.
        for (day, monday) in [
            ("2024-02-29T17:00:00Z", "2024-02-26T00:00:00Z"), ("2024-03-03T23:59:59.999Z", "2024-02-26T00:00:00Z"),
            ("2024-03-04T00:00:00Z", "2024-03-04T00:00:00Z"), ("0001-01-01T05:00:00Z", "0001-01-01T00:00:00Z"),
            ("1970-01-01T00:00:00Z", "1969-12-29T00:00:00Z"),
        ] {
            let instant = try #require(Timestamp(iso8601: day))
            let start = try #require(Trunc.start(of: instant, unit: "week"))
            #expect(start.iso8601 == monday, "\(day)")
        }
    }

    @Test(arguments: Array(1...4) as [UInt64])
    func printedDurationsReadBackAsLiterals(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<2000 {
            let d = Self.span(&random)
            #expect(TimeSpan(literal: d.literal) == d, "\(d.literal)")
            #expect(d.readable.replacingSpaces() == d.literal)
            // Through the lexer and parser, as a user would type what a table shows.
            let value = try Self.run("connectors | get \(d.literal)")
            #expect(value == .duration(d), "\(d.literal)")
        }
    }

    @Test func readableTextUsesDaysAsTheLongestUnit() throws {
        let cases: [(String, String)] = [
            ("90d", "90d"), ("1d12h", "1d 12h"), ("2w", "14d"), ("0s", "0s"), ("1500ms", "1s 500ms"),
            ("-2h30m", "-2h 30m"), ("1w1d1h1m1s1ms", "8d 1h 1m 1s 1ms"), ("90m", "1h 30m"),
        ]
        for (literal, readable) in cases {
            #expect(try #require(TimeSpan(literal: literal)).readable == readable, "\(literal)")
        }
    }

    @Test func malformedLiteralsSayWhy() {
        #expect(TimeSpan.parse(literal: "12h1d") == .failure(.unitOutOfOrder("d")))
        #expect(TimeSpan.parse(literal: "1d1d") == .failure(.unitOutOfOrder("d")))
        #expect(TimeSpan.parse(literal: "90x") == .failure(.unknownUnit("x")))
        #expect(TimeSpan.parse(literal: "1d5") == .failure(.unknownUnit("")))
        #expect(TimeSpan.parse(literal: "99999999999999999999w") == .failure(.outOfRange))
        #expect(TimeSpan.parse(literal: "10000000d") == .failure(.outOfRange))
    }

    @Test func nowIsOneInstantForTheWholeStatement() throws {
        let fixed = try #require(Timestamp(iso8601: "2026-01-01"))
        #expect(try Self.run("connectors | get now()", now: fixed) == .timestamp(fixed))
        #expect(try Self.run("connectors | get now() - now()") == .duration(.zero))
    }

    /// Rows on worker threads, in batches, read the wall clock through one statement: every row
    /// sees the instant the run started.
    @Test func everyBatchSeesTheSameNow() throws {
        let rows = InMemoryRows((0..<20_000).map { Row(.record(Record([("n", .number(Double($0)))]))) })
        let pipeline = try #require(
            try Query.parse(SourceFile(name: "q", text: "connectors | get now() | distinct | count")).statements.first?
                .asPipeline)
        let checked = try Checker(context: CheckContext(schema: rows.schema)).check(pipeline)
        #expect(try Evaluator().run(checked, on: rows) == [.number(1)])
    }

    @Test func leavingTheRangeIsAnErrorNamingTheOperation() throws {
        #expect(throws: RuntimeError.self) { try Self.run("connectors | get timestamp(\"9999-12-31\") + 1d") }
        #expect(throws: RuntimeError.self) { try Self.run("connectors | get timestamp(\"0001-01-01\") - 1ms") }
        #expect(throws: RuntimeError.self) { try Self.run("connectors | get 3650000d * 3") }
        #expect(throws: RuntimeError.self) { try Self.run("connectors | get 1d / 0") }
        #expect(throws: RuntimeError.self) { try Self.run("connectors | get 1d * (0 / 1 - 1e308 * 10)") }
        do {
            _ = try Self.run("connectors | get timestamp(\"9999-12-31\") + 1d")
        } catch let error as RuntimeError {
            #expect(error.diagnostic.message == "`9999-12-31T00:00:00Z + 1d` is out of range")
        }
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(unicodeScalars.filter { $0 != " " })
    }
}
