import AFQQuery
import AFQTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import AFQSources
@testable import AFQEngine

/// The shell answers from copies of loaded rows cut down to the fields recent queries read
/// (`ProjectedRowCache`). Answers from a copy must be exactly those from the full rows: the same
/// values, in the same order, with the same key order and provenance.
@Suite struct ProjectedRowCacheTests {
    /// Loaded rows answered through a cache that copies whatever the number of rows.
    struct ProjectingRows: ConcurrentRowSupplier {
        let data: RecordedData
        let cache: ProjectedRowCache

        init(data: RecordedData) {
            self.data = data
            cache = ProjectedRowCache(rows: data.rows, minimumRows: 0)
        }

        var schema: Schema { data.schema }

        func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
            try data.forEachRow(demand: demand, body)
        }

        func forEachBatch<Output: Sendable>(
            demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
            _ consume: (Output) throws -> Bool
        ) throws {
            try cache.forEachBatch(demand: demand, transform: transform, consume)
        }
    }

    @Test(arguments: Array(1...12) as [UInt64])
    func answersFromCopiesEqualAnswersFromFullRows(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var generator = RecordingGenerator(random: SplitMix64(seed: seed &* 104_729))
        let path = try folder.write(
            "data-\(seed).jsonl", generator.recording(lines: 30 + Int(random.next() % 60), malformed: false))
        let data = try RecordedData(paths: [path], modelSchema: TestSchema.schema)
        let projecting = ProjectingRows(data: data)
        let stages = RecordedStreamEquivalenceTests.stages
        let answer = RecordedStreamEquivalenceTests.plainAnswer(_:on:)
        for _ in 0..<25 {
            var query = "connectors"
            for _ in 0..<(1 + Int(random.next() % 3)) {
                query += " | " + stages[Int(random.next() % UInt64(stages.count))]
            }
            let full = RecordedStreamEquivalenceTests.referenceAnswer(query, on: data)
            #expect(answer(query, data) == full, "query: \(query) (full rows), seed \(seed)")
            // The first answer may start a copy; the second may come from it, or from a copy
            // made for an earlier query that covers this one.
            #expect(answer(query, projecting) == full, "query: \(query), seed \(seed)")
            projecting.cache.waitUntilIdle()
            #expect(answer(query, projecting) == full, "query: \(query) (again), seed \(seed)")
        }
    }

    @Test func copiesKeepOnlyTheDemandedFieldsAndServeNarrowerDemands() throws {
        let source = RowSource(region: "eu-west-1", file: "inventory/eu-west-1.jsonl")
        let rows: [Row] = (0..<5000).map { (i: Int) -> Row in
            let auth: Value = .record(["oauth": .bool(i % 3 == 0), "basic": .bool(true)])
            let tags: Value = .list([.record(["k": .string("a"), "v": .number(Double(i))])])
            let record: Record = [
                "name": .string("connector-\(i)-with-a-long-name"), "flag": .bool(i % 2 == 0), "auth": auth,
                "tags": tags,
            ]
            return Row(.record(record), source: source)
        }
        let cache = ProjectedRowCache(rows: rows, minimumRows: 0)
        let wide = FieldDemand(keys: ["name", "auth", "tags"], subkeys: ["auth": FieldDemand(keys: ["oauth"])])
        #expect(cache.rows(for: wide).first?.value == rows.first?.value, "the first answer reads the full rows")
        cache.waitUntilIdle()
        let copied = cache.rows(for: wide)
        #expect(copied.count == rows.count)
        let expected: Record = [
            "name": "connector-7-with-a-long-name", "auth": .record(["oauth": .bool(false)]),
            "tags": .list([.record(["k": "a", "v": 7])]),
        ]
        #expect(copied[7].value == .record(expected))
        #expect(copied[7].source == rows[7].source)
        #expect(copied[7].value.recordValue?.keys == ["name", "auth", "tags"], "keys keep the rows' order")
        // A narrower demand is answered from the same copy; one reading `auth` whole is not.
        let narrow = FieldDemand(keys: ["auth"], subkeys: ["auth": FieldDemand(keys: ["oauth"])])
        #expect(cache.rows(for: narrow)[7].value == copied[7].value)
        #expect(cache.rows(for: FieldDemand(keys: ["auth"]))[7].value == rows[7].value)
        #expect(cache.rows(for: .all)[7].value == rows[7].value)
    }

    /// A copy made while the query runs slowed the first answer twofold: it starts afterwards.
    @Test func theCopyStartsOnceTheQueryIsAnswered() throws {
        let rows: [Row] = (0..<5000).map { Row(.record(["n": .number(Double($0)), "m": .bool(true)])) }
        let cache = ProjectedRowCache(rows: rows, minimumRows: 0)
        var copyingDuringQuery = false
        try cache.forEachBatch(demand: FieldDemand(keys: ["n"]), transform: { $0.count }) { _ in
            copyingDuringQuery = copyingDuringQuery || cache.isCopying
            return true
        }
        #expect(!copyingDuringQuery)
        cache.waitUntilIdle()
        #expect(cache.rows(for: FieldDemand(keys: ["n"]))[5].value == .record(["n": 5]), "made after the answer")
    }

    /// A copy being made waits while a query runs, so a query typed right after another does
    /// not share the cores with the copy the first one started.
    @Test func aCopyWaitsWhileAQueryRuns() throws {
        let rows: [Row] = (0..<5000).map { Row(.record(["n": .number(Double($0)), "m": .bool(true)])) }
        let cache = ProjectedRowCache(rows: rows, minimumRows: 0)
        _ = cache.rows(for: FieldDemand(keys: ["n"]))
        var copyingThroughout = true
        try cache.forEachBatch(demand: FieldDemand(keys: ["m"]), transform: { $0.count }) { _ in
            // Long enough for the copy of 5000 small rows to finish, were it not waiting.
            usleep(30_000)
            copyingThroughout = copyingThroughout && cache.isCopying
            return true
        }
        #expect(copyingThroughout)
        cache.waitUntilIdle()
        #expect(cache.rows(for: FieldDemand(keys: ["n"]))[5].value == .record(["n": 5]), "made once the query was done")
    }

    /// Lists of strings that repeat are copied once per batch, which one core reads at a time;
    /// lists Swift's `==` equates but whose code points differ (the Kelvin sign and "K") are not.
    @Test func repeatedTextListsAreSharedWithinABatchButKeepTheirSpelling() throws {
        let spellings = ["K", "\u{212A}"]
        let rows: [Row] = (0..<4000).map { (i: Int) -> Row in
            Row(.record(["ops": .list([.string(spellings[i % 2]), .string("a list element longer than fifteen")])]))
        }
        let cache = ProjectedRowCache(rows: rows, minimumRows: 0)
        let demand = FieldDemand(keys: ["ops"])
        _ = cache.rows(for: demand)
        cache.waitUntilIdle()
        let copied = cache.rows(for: demand)
        func list(_ i: Int) -> [Value] { copied[i].value.recordValue?["ops"]?.listValue ?? [] }
        func storage(_ i: Int) -> UnsafeRawPointer? {
            list(i).withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        for i in [0, 1, 2, 3, 2048, 2049, 3999] {
            #expect(
                list(i).first?.stringValue.map { Array($0.unicodeScalars) } == Array(spellings[i % 2].unicodeScalars))
        }
        #expect(storage(0) == storage(2), "the same list in one batch is one copy")
        #expect(storage(0) != storage(1), "different code points are different lists")
        #expect(storage(0) != storage(2048), "each batch has copies of its own")
        #expect(
            storage(0)
                != rows[0].value.recordValue?["ops"]?.listValue?.withUnsafeBufferPointer {
                    UnsafeRawPointer($0.baseAddress)
                })
    }

    @Test func copiesStayWithinTheMemoryBudget() {
        let rows: [Row] = (0..<3000).map { (i: Int) -> Row in
            Row(.record(["name": .string("a connector name longer than fifteen bytes \(i)"), "n": .number(Double(i))]))
        }
        let names = FieldDemand(keys: ["name"])
        let numbers = FieldDemand(keys: ["n"])
        // Room for the numbers' copy (a row, a record of one value: well under 200 bytes a row)
        // but not for the names' (their text too).
        let cache = ProjectedRowCache(rows: rows, minimumRows: 0, memoryBudget: 3000 * 200)
        _ = cache.rows(for: names)
        cache.waitUntilIdle()
        #expect(cache.rows(for: names)[5].value == rows[5].value, "too large: the full rows answer")
        cache.waitUntilIdle()
        #expect(cache.rows(for: FieldDemand(keys: ["name", "n"]))[5].value == rows[5].value)
        _ = cache.rows(for: numbers)
        cache.waitUntilIdle()
        #expect(cache.rows(for: numbers)[5].value == .record(["n": 5]), "small enough: kept")
    }

    @Test func demandsCoverNarrowerDemands() {
        let whole = FieldDemand(keys: ["a", "b"])
        let part = FieldDemand(keys: ["a"], subkeys: ["a": FieldDemand(keys: ["x"])])
        #expect(FieldDemand.all.covers(whole))
        #expect(!whole.covers(.all))
        #expect(whole.covers(part), "a key kept whole holds any part of it")
        #expect(!part.covers(whole), "a part does not hold the whole")
        #expect(part.covers(FieldDemand(keys: ["a"], subkeys: ["a": FieldDemand(keys: ["x"])])))
        #expect(!part.covers(FieldDemand(keys: ["a"], subkeys: ["a": FieldDemand(keys: ["y"])])))
        #expect(!whole.covers(FieldDemand(keys: ["c"])))
        #expect(whole.covers(FieldDemand(keys: [])))
    }
}
