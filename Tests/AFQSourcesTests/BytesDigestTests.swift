import AFQModel
import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQEngine
@testable import AFQSources

/// `changes` digests configurations from their JSON bytes as it steps over them
/// (`DigestBuilder+Bytes.swift`), reuses a digest for bytes it has seen, and digests the held
/// side only where the other side differs (docs/performance.md, "changes"). Each of these must
/// give what digesting the value the reader builds gives: random configurations written in many
/// ways digest as their values do, equal configurations written differently are unchanged
/// exactly when `==` says so, and random snapshots read from files find what the oracle finds.
@Suite struct BytesDigestTests {
    static let setPaths = Set(ConnectorConfiguration.setValuedListPaths.map(DigestBuilder.pathHash))
    static let timestamps = TimestampPaths(schema: ConnectorConfiguration.schema)

    /// JSON text for a value, written one of many equal ways: members in another order, any
    /// whitespace, letters as `\u` escapes and `/` as `\/`, integers as `1`, `1.0` or `1e0`.
    struct Writer {
        var random: SplitMix64
        var shuffles = true
        /// No line feeds between tokens: each value stays on its JSON Lines line.
        var oneLine = false

        mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

        mutating func space() -> String { ["", " ", oneLine ? "  " : "\n  ", "\t"][Int(random.next() % 4)] }

        mutating func text(_ value: Value) -> String {
            switch value {
            case .null: return "null"
            case .bool(let b): return b ? "true" : "false"
            case .number(let n):
                if n == n.rounded(), abs(n) < 1e15 {
                    let whole = String(Int(n))
                    return [whole, whole + ".0", whole + "e0", whole + ".000"][Int(random.next() % 4)]
                }
                return "\(n)"
            case .string(let s): return string(s)
            case .timestamp(let t): return "\(t.secondsSince1970)"
            case .duration: return "null"
            case .list(let items):
                return "[" + space() + items.map { text($0) }.joined(separator: "," + space()) + space() + "]"
            case .record(let record):
                var fields = Array(record.fields)
                if shuffles, chance(50) { fields.reverse() }
                if shuffles, chance(30), fields.count > 2 { fields.swapAt(0, fields.count / 2) }
                let members = fields.map { key, member in string(key) + space() + ":" + space() + text(member) }
                return "{" + space() + members.joined(separator: "," + space()) + space() + "}"
            }
        }

        mutating func string(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "/": out += chance(50) ? "\\/" : "/"
                case "\n": out += "\\n"
                case _ where scalar.value < 0x20:
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                case _ where scalar.properties.isAlphabetic && scalar.isASCII && chance(10):
                    out += "\\u00" + String(scalar.value, radix: 16, uppercase: chance(50))
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }

    /// A configuration with everything the digest walks: set-valued and ordered lists, nested and
    /// empty records, nulls, numbers, unicode and escaped text, a timestamp, unknown keys.
    static func configuration(_ random: inout SplitMix64) -> Value {
        var generator = ConnectorChangesTests.SnapshotGenerator(random: random)
        var value = generator.configuration(
            type: "CustomConnector", label: "label-\(random.next() % 100)", arn: "arn:x:\(random.next() % 100)")
        random = generator.random
        guard case .record(var record) = value else { return value }
        let pick = random.next()
        if pick & 1 != 0 { record["registeredAt"] = .number(1_700_000_000 + Double(pick % 1000) / 4) }
        if pick & 2 != 0 { record["connectorDescription"] = .string("Café \"quoted\" / ü \u{1F600}\n") }
        if pick & 4 != 0 { record["maxValue"] = .number(Double(pick % 7) * 0.5 - 1) }
        if pick & 8 != 0 { record["nothing"] = .null }
        if pick & 16 != 0 { record["emptyRecord"] = .record([:]) }
        if pick & 32 != 0 { record["onlyNulls"] = .record(["a": .null, "b": .null]) }
        if pick & 64 != 0 {
            record["deep"] = .record(["list": .list([.record(["x": .number(1), "y": .null]), .list([.bool(false)])])])
        }
        if pick & 128 != 0 { record["supportedApiVersions"] = .list([.string("v2"), .string("v1"), .string("v2")]) }
        value = .record(record)
        return value
    }

    static func digests(of text: String) throws -> (fromBytes: ConfigurationDigest, fromValue: ConfigurationDigest) {
        let bytes = Array(text.utf8)
        var builder = DigestBuilder(setPaths: setPaths, timestamps: timestamps)
        let fromBytes = bytes.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw)
            return builder.digest(ofBytesAt: 0, &parser)
        }
        var value = try JSONReader.parse(bytes)
        var path: [JSONPathComponent] = []
        timestamps.convert(&value, path: &path) { _, _, _ in }
        return (fromBytes, builder.digest(of: value))
    }

    static func sorted(_ digest: ConfigurationDigest) -> [ConfigurationDigest.Leaf] {
        digest.leaves.sorted { ($0.path, $0.value) < ($1.path, $1.value) }
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func aDigestFromBytesIsTheDigestOfTheValue(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let value = Self.configuration(&random)
        var writer = Writer(random: random)
        let text = writer.text(value)
        let (fromBytes, fromValue) = try Self.digests(of: text)
        #expect(Self.sorted(fromBytes) == Self.sorted(fromValue), "\(text)")
        #expect(fromBytes.fingerprint == fromValue.fingerprint)
        // Written another way, the value's digest is the same.
        let other = try Self.digests(of: writer.text(value)).fromBytes
        #expect(other.fingerprint == fromBytes.fingerprint)
    }

    @Test func repeatedKeysAndOddValuesDigestAsTheirValues() throws {
        let texts = [
            #"{"connectorVersion": "1", "connectorVersion": "2"}"#,
            #"{"a": {"b": 1, "b": null}, "c": [1, 2]}"#,
            #"{"supportedWriteOperations": ["INSERT", "INSERT"], "x": {"y": {"z": {}}}}"#,
            #"{"registeredAt": "2023-11-14T14:13:20.250000-08:00", "k\u00e9y": "\ud83d\ude00"}"#,
            #"{"registeredAt": "1700000000.25"}"#,
            #"{"registeredAt": "yesterday", "n": -0.0, "m": 0}"#,
            #"{"registeredAt": 1e20, "big": 123456789012345678901234567890}"#,
            #"{"list": [[], {}, null, true, false, "", -1.5e-3]}"#,
            #"{}"#,
        ]
        for text in texts {
            let (fromBytes, fromValue) = try Self.digests(of: text)
            #expect(Self.sorted(fromBytes) == Self.sorted(fromValue), "\(text)")
        }
    }

    // MARK: - Through files

    /// What the tests read of each change: the ARNs too, so rows are named as the oracle names them.
    static let demand = FieldDemand(paths: [
        ["change"], ["connectorType"], ["paths"], ["account"], ["region"], ["before", "connectorArn"],
        ["after", "connectorArn"],
    ])

    static func run(
        current: String, baseline: String, holdingCurrent: Bool, pieceSize: Int = 1 << 20,
        baselineName: String = "baseline.jsonl"
    ) throws -> (rows: [Row], warnings: [DataWarning]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let schema = ConnectorConfiguration.schema
        let changes = ConnectorChanges(
            current: try RecordedStream(
                paths: [try folder.write("current.jsonl", current)], modelSchema: schema, pieceSize: pieceSize),
            baseline: try RecordedStream(
                paths: [try folder.write(baselineName, baseline)], modelSchema: schema, pieceSize: pieceSize),
            sameData: false, holdingCurrent: holdingCurrent)
        var rows: [Row] = []
        try changes.forEachRow(demand: demand) { row in
            rows.append(row)
            return true
        }
        return (rows, changes.takeWarnings())
    }

    static func line(_ configuration: String, region: String = "us-east-1") -> String {
        #"{"region": "\#(region)", "accountId": "111122223333", "connectorConfiguration": \#(configuration)}"#
    }

    /// Pairs of one connector's configuration in the baseline and in the current data, and the
    /// paths `changes` must report (none: unchanged).
    static let pairs: [(baseline: String, current: String, paths: [String])] = [
        (
            #"{"connectorVersion": "1", "canUseAsSource": true}"#,
            #"{"canUseAsSource": true, "connectorVersion": "1"}"#, []
        ),
        (#"{"connectorVersion":"1"}"#, "{  \"connectorVersion\" :\t\"1\" }", []),
        (#"{"maxRecords": 1.0, "limit": 100}"#, #"{"maxRecords": 1, "limit": 1e2}"#, []),
        (#"{"connectorDescription": "\u0041cme/x"}"#, #"{"connectorDescription": "Acme\/x"}"#, []),
        (#"{"connector\u0056ersion": "1"}"#, #"{"connectorVersion": "1"}"#, []),
        (#"{"registeredAt": 1700000000.25}"#, #"{"registeredAt": "2023-11-14T14:13:20.250000-08:00"}"#, []),
        (#"{"registeredAt": 1700000000}"#, #"{"registeredAt": "1700000000"}"#, []),
        (
            #"{"supportedWriteOperations": ["INSERT", "UPSERT"]}"#,
            #"{"supportedWriteOperations": ["UPSERT", "INSERT", "UPSERT"]}"#, []
        ),
        (#"{"logoURL": null, "connectorVersion": "1"}"#, #"{"connectorVersion": "1"}"#, []),
        (
            #"{"authenticationConfig": {"isOAuth2Supported": true, "isApiKeyAuthSupported": false}}"#,
            #"{"authenticationConfig": {"isApiKeyAuthSupported": false, "isOAuth2Supported": true}}"#, []
        ),
        (#"{"connectorVersion": "1", "connectorVersion": "2"}"#, #"{"connectorVersion": "2"}"#, []),
        (#"{"connectorVersion": "1", "connectorVersion": "2"}"#, #"{"connectorVersion": "1"}"#, ["connectorVersion"]),
        (
            #"{"connectorRuntimeSettings": [{"key": "a"}, {"key": "b"}]}"#,
            #"{"connectorRuntimeSettings": [{"key": "b"}, {"key": "a"}]}"#, ["connectorRuntimeSettings"]
        ),
        (#"{"maxRecords": 1}"#, #"{"maxRecords": 2}"#, ["maxRecords"]),
        (#"{"connectorDescription": "A"}"#, #"{"connectorDescription": "a"}"#, ["connectorDescription"]),
        (#"{"registeredAt": 1700000000}"#, #"{"registeredAt": 1700000001}"#, ["registeredAt"]),
        (
            #"{"authenticationConfig": {"oAuth2Defaults": {"oauthScopes": ["a", "b"]}}}"#,
            #"{"authenticationConfig": {"oAuth2Defaults": {"oauthScopes": ["b"]}}}"#,
            ["authenticationConfig.oAuth2Defaults.oauthScopes"]
        ),
    ]

    /// The configuration of pair `index`, with an identity of its own: an ARN, or a type.
    static func identified(_ text: String, index: Int, byARN: Bool) -> String {
        (byARN
            ? #"{"connectorArn": "arn:aws:appflow:us-east-1:111122223333:connector/c\#(index)", "#
            : #"{"connectorType": "Type\#(index)", "#) + text.dropFirst()
    }

    @Test(arguments: [false, true])
    func equalConfigurationsWrittenDifferentlyAreUnchanged(holdingCurrent: Bool) throws {
        // Each pair three times: by ARN, and by type in two regions with the same bytes (so the
        // digest of those bytes is reused).
        var baseline: [String] = []
        var current: [String] = []
        for (index, pair) in Self.pairs.enumerated() {
            baseline.append(Self.line(Self.identified(pair.baseline, index: index, byARN: true)))
            current.append(Self.line(Self.identified(pair.current, index: index, byARN: true)))
            for region in ["eu-west-1", "eu-west-2"] {
                baseline.append(Self.line(Self.identified(pair.baseline, index: index, byARN: false), region: region))
                current.append(Self.line(Self.identified(pair.current, index: index, byARN: false), region: region))
            }
        }
        // A DescribeConnectors page gives its entries their type from the map key.
        baseline.append(#"{"region": "ap-south-1", "accountId": "1", "connectorConfigurations": {"Slack": {"a": 1}}}"#)
        current.append(
            Self.line(#"{"a": 1.0, "connectorType": "Slack"}"#, region: "ap-south-1").replacing(
                "111122223333", with: "1"))
        let (rows, warnings) = try Self.run(
            current: current.joined(separator: "\n"), baseline: baseline.joined(separator: "\n"),
            holdingCurrent: holdingCurrent)
        #expect(warnings.isEmpty)
        let expected = Self.pairs.filter { !$0.paths.isEmpty }.flatMap { [$0.paths, $0.paths, $0.paths] }
        #expect(rows.map { $0.value["change"].stringValue } == expected.map { _ in "changed" })
        #expect(rows.map { $0.value["paths"].listValue?.compactMap(\.stringValue) ?? [] } == expected)
    }

    /// A baseline that is a whole document (AWS CLI output, kept in memory as one piece) is read
    /// again from memory where its digests are needed.
    @Test(arguments: [false, true])
    func aWholeDocumentBaselineIsReadAgainWhereNeeded(holdingCurrent: Bool) throws {
        let baseline = """
            {
              "connectorConfigurations": {
                "Slack": {"canUseAsSource": true, "supportedWriteOperations": ["INSERT", "UPSERT"]},
                "Zendesk": {"canUseAsSource": true, "connectorVersion": "1"},
                "S3": {"canUseAsSource": false}
              }
            }
            """
        let current = [
            #"{"connectorType": "Slack", "supportedWriteOperations": ["UPSERT", "INSERT"], "canUseAsSource": true}"#,
            #"{"connectorType": "Zendesk", "canUseAsSource": true, "connectorVersion": "2"}"#,
            #"{"connectorType": "S3", "canUseAsSource": false}"#,
        ].joined(separator: "\n")
        let (rows, warnings) = try Self.run(
            current: current, baseline: baseline, holdingCurrent: holdingCurrent, baselineName: "baseline.json")
        #expect(warnings.isEmpty)
        #expect(rows.map { $0.value["connectorType"].stringValue } == ["Zendesk"])
        #expect(rows.map { $0.value["paths"].listValue?.compactMap(\.stringValue) } == [["connectorVersion"]])
    }

    /// Random snapshots written as JSON Lines in random ways, cut into small pieces, with copies of
    /// some connectors (the same bytes, the same configuration written otherwise, or another
    /// configuration): what the files give is what the same rows give in memory, where every
    /// configuration is digested from its value.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func snapshotsReadFromFilesFindWhatTheirValuesFind(seed: UInt64) throws {
        var generator = ConnectorChangesTests.SnapshotGenerator(random: SplitMix64(seed: seed))
        var baseline = generator.snapshot(size: 30 + Int(seed) * 5)
        var current = generator.successor(of: baseline, size: 20)
        var writer = Writer(random: SplitMix64(seed: seed &+ 1000), oneLine: true)
        func copies(_ rows: inout [Row]) {
            for i in rows.indices where writer.chance(10) {
                var copy = rows[i]
                if writer.chance(30) { copy.value = generator.edit(copy.value) }
                rows.insert(copy, at: min(rows.count, i + 1 + Int(writer.random.next() % 3)))
            }
        }
        copies(&baseline)
        copies(&current)
        func text(_ rows: [Row]) -> String {
            rows.map { row in
                var w = writer
                w.shuffles = writer.chance(50)
                let configuration = w.text(row.value)
                writer.random = w.random
                return Self.line(configuration, region: row.source.region ?? "").replacing(
                    "111122223333", with: row.source.account ?? "")
            }.joined(separator: "\n")
        }
        let baselineText = text(baseline)
        let currentText = text(current)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let schema = ConnectorConfiguration.schema
        let read = { (text: String, name: String) throws -> [Row] in
            try RecordedData(paths: [try folder.write(name, text)], modelSchema: schema).rows
        }
        for holdingCurrent in [false, true] {
            let inMemory = ConnectorChanges(
                current: InMemoryRows(try read(currentText, "c.jsonl"), schema: schema),
                baseline: InMemoryRows(try read(baselineText, "b.jsonl"), schema: schema), sameData: false,
                holdingCurrent: holdingCurrent)
            var expected: [Row] = []
            try inMemory.forEachRow(demand: Self.demand) { row in
                expected.append(row)
                return true
            }
            let expectedWarnings = inMemory.takeWarnings().map { $0.message.prefix(while: { $0 != "(" }) }
            for pieceSize in [200, 1 << 20] {
                let (rows, warnings) = try Self.run(
                    current: currentText, baseline: baselineText, holdingCurrent: holdingCurrent,
                    pieceSize: pieceSize)
                #expect(ConnectorChangesTests.summary(rows) == ConnectorChangesTests.summary(expected))
                #expect(warnings.map { $0.message.prefix(while: { $0 != "(" }) } == expectedWarnings)
            }
        }
    }
}
