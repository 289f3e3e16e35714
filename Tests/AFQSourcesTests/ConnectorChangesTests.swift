import AFQModel
import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources
@testable import AFQEngine

/// `changes` over random snapshots (docs/changes.md), against a plain oracle that compares values
/// with the language's `==` rather than hashes: a snapshot against itself has no changes; the
/// added, removed and changed rows are exactly those the oracle finds, with the same paths, in
/// the documented order; and the result is the same whichever side is held in the table.
@Suite struct ConnectorChangesTests {
    /// Random connectors: AWS-managed ones (no ARN, one per type, account and region) and custom
    /// ones with ARNs, with set-valued and ordered lists, nested records and nulls.
    struct SnapshotGenerator {
        var random: SplitMix64

        mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

        static let operations = ["INSERT", "UPDATE", "UPSERT", "DELETE"]
        static let scopes = ["read", "write", "admin", "offline_access"]

        mutating func subset(_ items: [String]) -> Value {
            .list(items.filter { _ in chance(50) }.map(Value.string))
        }

        mutating func configuration(type: String, label: String?, arn: String?) -> Value {
            var record = Record()
            record.appendUnchecked("connectorType", .string(type))
            if let label { record.appendUnchecked("connectorLabel", .string(label)) }
            if let arn { record.appendUnchecked("connectorArn", .string(arn)) }
            record.appendUnchecked("canUseAsSource", .bool(chance(50)))
            if chance(80) { record.appendUnchecked("supportedWriteOperations", subset(Self.operations)) }
            record.appendUnchecked("connectorVersion", .string("\(random.next() % 4).\(random.next() % 3)"))
            var oauth = Record()
            oauth.appendUnchecked("oauthScopes", subset(Self.scopes))
            if chance(50) {
                oauth.appendUnchecked(
                    "oauth2CustomProperties",
                    .list((0..<Int(random.next() % 3)).map { .record(["key": .string("k\($0)")]) }))
            }
            var authentication = Record()
            authentication.appendUnchecked("isOAuth2Supported", .bool(chance(50)))
            authentication.appendUnchecked("oAuth2Defaults", .record(oauth))
            record.appendUnchecked("authenticationConfig", .record(authentication))
            if chance(20) { record.appendUnchecked("connectorMetadata", .record(["S3": .record([:])])) }
            return .record(record)
        }

        mutating func snapshot(size: Int) -> [Row] {
            var rows: [Row] = []
            for i in 0..<size {
                let account = pick(["111122223333", "444455556666"])
                let region = pick(["us-east-1", "eu-west-1"])
                let source = RowSource(region: region, account: account, file: "snapshot.jsonl")
                if chance(30) {
                    rows.append(
                        Row(configuration(type: "Managed\(i)", label: nil, arn: nil), source: source))
                } else {
                    let label = "custom-\(i)"
                    let arn = "arn:aws:appflow:\(region):\(account):connector/\(label)"
                    rows.append(Row(configuration(type: "CustomConnector", label: label, arn: arn), source: source))
                }
            }
            return rows
        }

        /// One edit that may or may not change the configuration: set-valued lists reordered or
        /// with repeats, or a null member added, are not changes.
        mutating func edit(_ value: Value) -> Value {
            guard case .record(var record) = value else { return value }
            switch random.next() % 9 {
            case 0: record["canUseAsSource"] = .bool(!(record["canUseAsSource"]?.isTruthy ?? false))
            case 1: record["supportedWriteOperations"] = subset(Self.operations)
            case 2:
                if case .list(let items)? = record["supportedWriteOperations"] {
                    record["supportedWriteOperations"] = .list(items.reversed() + items.prefix(1))
                }
            case 3: record["connectorVersion"] = .string("9.\(random.next() % 3)")
            case 4: record["isPrivateLinkEnabled"] = .null
            case 5: record["newKey"] = .record(["nested": .number(Double(random.next() % 2))])
            case 6:
                var authentication = record["authenticationConfig"]?.recordValue ?? Record()
                var oauth = authentication["oAuth2Defaults"]?.recordValue ?? Record()
                if case .list(let scopes)? = oauth["oauthScopes"], chance(50) {
                    oauth["oauthScopes"] = .list(scopes.reversed())
                } else {
                    oauth["oauthScopes"] = subset(Self.scopes)
                }
                if case .list(let properties)? = oauth["oauth2CustomProperties"] {
                    oauth["oauth2CustomProperties"] = .list(properties.reversed())
                }
                authentication["oAuth2Defaults"] = .record(oauth)
                record["authenticationConfig"] = .record(authentication)
            case 7:
                // The same members in another order.
                record = Record(Array(record.fields.reversed()))
            default: record["connectorMetadata"] = nil
            }
            return .record(record)
        }

        /// The next month's snapshot: some connectors gone, some new, some edited, in another order.
        mutating func successor(of rows: [Row], size: Int) -> [Row] {
            var next: [Row] = []
            for row in rows where !chance(15) {
                var edited = row
                if chance(40) { edited.value = edit(row.value) }
                next.append(edited)
            }
            next += snapshot(size: size).filter { _ in chance(20) }.map { row in
                var renamed = row
                if case .record(var record) = row.value {
                    if let label = record["connectorLabel"]?.stringValue {
                        let fresh = label + "-new"
                        record["connectorLabel"] = .string(fresh)
                        record["connectorArn"] = .string(
                            "arn:aws:appflow:\(row.source.region ?? ""):\(row.source.account ?? ""):connector/\(fresh)")
                    } else {
                        record["connectorType"] = .string((record["connectorType"]?.stringValue ?? "") + "New")
                    }
                    renamed.value = .record(record)
                }
                return renamed
            }
            if chance(50) { next.reverse() }
            return next
        }
    }

    /// The differing paths by the language's equality, as docs/changes.md defines them.
    static func oracleDifferences(_ a: Value, _ b: Value) -> [String] {
        let setPaths = Set(ConnectorConfiguration.setValuedListPaths.map { $0.joined(separator: ".") })
        func leaves(_ value: Value, _ path: [String], _ into: inout [String: Value]) {
            guard case .record(let record) = value else {
                if !value.isNull { into[path.joined(separator: ".")] = value }
                return
            }
            var any = false
            for (key, member) in record.fields where !member.isNull {
                any = true
                if case .record(let inner) = member, inner.fields.contains(where: { !$0.1.isNull }) {
                    leaves(member, path + [key], &into)
                } else {
                    into[(path + [key]).joined(separator: ".")] = member
                }
            }
            if !any, !path.isEmpty { into[path.joined(separator: ".")] = value }
        }
        func same(_ x: Value?, _ y: Value?, asSet: Bool) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            guard asSet, case .list(let xs) = x, case .list(let ys) = y else { return x == y }
            return xs.allSatisfy { ys.contains($0) } && ys.allSatisfy { xs.contains($0) }
        }
        var left: [String: Value] = [:]
        var right: [String: Value] = [:]
        leaves(a, [], &left)
        leaves(b, [], &right)
        return Set(left.keys).union(right.keys).filter { !same(left[$0], right[$0], asSet: setPaths.contains($0)) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The rows the oracle expects, in the documented order.
    static func oracle(current: [Row], baseline: [Row]) -> [(change: String, id: String, paths: [String]?)] {
        func id(_ row: Row) -> String {
            row.value["connectorArn"].stringValue
                ?? "\(row.source.account ?? "") \(row.source.region ?? "") \(row.value["connectorType"].stringValue ?? "")"
        }
        let before = Dictionary(baseline.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        let afterIDs = Set(current.map(id))
        var expected: [(String, String, [String]?)] = []
        for row in current {
            guard let old = before[id(row)] else {
                expected.append(("added", id(row), nil))
                continue
            }
            let paths = oracleDifferences(old.value, row.value)
            if !paths.isEmpty { expected.append(("changed", id(row), paths)) }
        }
        for row in baseline where !afterIDs.contains(id(row)) { expected.append(("removed", id(row), nil)) }
        return expected
    }

    static func run(current: [Row], baseline: [Row], holdingCurrent: Bool) throws -> [Row] {
        let changes = ConnectorChanges(
            current: InMemoryRows(current, schema: ConnectorConfiguration.schema),
            baseline: InMemoryRows(baseline, schema: ConnectorConfiguration.schema), sameData: false,
            holdingCurrent: holdingCurrent)
        var rows: [Row] = []
        try changes.forEachRow(demand: .all) { row in
            rows.append(row)
            return true
        }
        #expect(changes.takeWarnings().isEmpty)
        return rows
    }

    static func summary(_ rows: [Row]) -> [String] {
        rows.map { row in
            let after = row.value["after"]
            let before = row.value["before"]
            let id =
                (after.isNull ? before : after)["connectorArn"].stringValue
                ?? "\(row.value["account"].stringValue ?? "") \(row.value["region"].stringValue ?? "") \(row.value["connectorType"].stringValue ?? "")"
            let paths = row.value["paths"].listValue.map { $0.compactMap(\.stringValue).joined(separator: ",") } ?? "-"
            return "\(row.value["change"].stringValue ?? "?") \(id) \(paths)"
        }
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func aSnapshotAgainstItselfHasNoChanges(seed: UInt64) throws {
        var generator = SnapshotGenerator(random: SplitMix64(seed: seed))
        let rows = generator.snapshot(size: 50 + Int(seed) * 20)
        #expect(try Self.run(current: rows, baseline: rows, holdingCurrent: false).isEmpty)
        #expect(try Self.run(current: rows, baseline: rows, holdingCurrent: true).isEmpty)
    }

    @Test(arguments: 1...25 as ClosedRange<UInt64>)
    func findsWhatTheOracleFindsWhicheverSideIsHeld(seed: UInt64) throws {
        var generator = SnapshotGenerator(random: SplitMix64(seed: seed))
        let baseline = generator.snapshot(size: 20 + Int(seed) * 7)
        let current = generator.successor(of: baseline, size: 30)
        let expected = Self.oracle(current: current, baseline: baseline).map {
            "\($0.change) \($0.id) \($0.paths?.joined(separator: ",") ?? "-")"
        }
        let heldBaseline = Self.summary(try Self.run(current: current, baseline: baseline, holdingCurrent: false))
        let heldCurrent = Self.summary(try Self.run(current: current, baseline: baseline, holdingCurrent: true))
        #expect(heldBaseline == expected)
        #expect(heldCurrent == expected)
        // The counts add up: every current connector is added, changed or unchanged, and every
        // baseline connector removed, changed or unchanged.
        let added = expected.filter { $0.hasPrefix("added ") }.count
        let removed = expected.filter { $0.hasPrefix("removed ") }.count
        let changed = expected.filter { $0.hasPrefix("changed ") }.count
        let unchanged = current.count - added - changed
        #expect(unchanged >= 0)
        #expect(removed + changed + unchanged == baseline.count)
        #expect(expected.count > 0)
    }

    @Test func keepsOnlyTheDemandedKeysOfBeforeAndAfter() throws {
        var generator = SnapshotGenerator(random: SplitMix64(seed: 99))
        let baseline = generator.snapshot(size: 40)
        let current = generator.successor(of: baseline, size: 10)
        let changes = ConnectorChanges(
            current: InMemoryRows(current, schema: ConnectorConfiguration.schema),
            baseline: InMemoryRows(baseline, schema: ConnectorConfiguration.schema))
        let demand = FieldDemand(paths: [["change"], ["after", "connectorVersion"]])
        var rows: [Row] = []
        try changes.forEachRow(demand: demand) { row in
            rows.append(row)
            return true
        }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.value["before"].isNull)
            if case .record(let after) = row.value["after"] {
                #expect(after.keys.allSatisfy { $0 == "connectorVersion" })
            }
        }
    }

    @Test func setValuedListsIgnoreOrderAndRepeatsButOrderedListsDoNot() {
        var builder = DigestBuilder(
            setPaths: Set(ConnectorConfiguration.setValuedListPaths.map(DigestBuilder.pathHash)))
        func digest(_ record: Record) -> ConfigurationDigest { builder.digest(of: .record(record)) }
        let operations = digest(["supportedWriteOperations": .list([.string("INSERT"), .string("UPSERT")])])
        let reordered = digest([
            "supportedWriteOperations": .list([.string("UPSERT"), .string("INSERT"), .string("UPSERT")]),
            "logoURL": .null,
        ])
        #expect(operations.differingPaths(from: reordered).isEmpty)
        let versions = digest(["supportedApiVersions": .list([.string("v1"), .string("v2")])])
        #expect(
            versions.differingPaths(from: digest(["supportedApiVersions": .list([.string("v2"), .string("v1")])]))
                .isEmpty)
        let settings = digest([
            "connectorRuntimeSettings": .list([.record(["key": .string("a")]), .record(["key": .string("b")])])
        ])
        let swapped = digest([
            "connectorRuntimeSettings": .list([.record(["key": .string("b")]), .record(["key": .string("a")])])
        ])
        #expect(settings.differingPaths(from: swapped) == [DigestBuilder.pathHash(["connectorRuntimeSettings"])])
    }

    @Test func timestampsAndNumbersCompareByValue() {
        var builder = DigestBuilder(setPaths: [])
        let epoch = builder.digest(
            of: .record(["registeredAt": .timestamp(Timestamp(secondsSince1970: 1_700_000_000.25))]))
        let same = builder.digest(
            of: .record(["registeredAt": .timestamp(Timestamp(secondsSince1970: 1_700_000_000.25))]))
        let later = builder.digest(
            of: .record(["registeredAt": .timestamp(Timestamp(secondsSince1970: 1_700_000_001))]))
        #expect(epoch.differingPaths(from: same).isEmpty)
        #expect(epoch.differingPaths(from: later).count == 1)
        #expect(ChangeHash.of(.number(0)) == ChangeHash.of(.number(-0.0)))
        #expect(ChangeHash.of(.record(["a": .number(1), "b": .null])) == ChangeHash.of(.record(["a": .number(1)])))
        #expect(ChangeHash.of(.list([.number(1), .number(2)])) != ChangeHash.of(.list([.number(2), .number(1)])))
    }
}
