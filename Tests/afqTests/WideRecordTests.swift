import AFQTestSupport
import Foundation
import Testing

/// Records of very many keys through the built binary (docs/reliability.md, "Wide records"):
/// reading, checking, selecting and printing them takes time in proportion to their size. Each
/// had a step that searched the keys in a line for every key, and 100,000 keys took seconds to
/// minutes; the ceilings here are far above the linear times and far below the quadratic ones.
@Suite struct WideRecordTests {
    /// A configuration with `count` extra keys `k0`, `k1`, … (numbers), written to `folder`.
    static func wideRecord(_ count: Int, in folder: TemporaryFolder) throws -> String {
        var text = #"{"connectorType": "S3", "connectorLabel": "wide""#
        for i in 0..<count { text += #", "k\#(i)": \#(i)"# }
        return try folder.write("wide.json", text + "}\n")
    }

    static func run(_ arguments: [String], within seconds: Int = 10) throws -> BinaryRunner.Result {
        let start = ContinuousClock.now
        let result = try BinaryRunner.run(arguments)
        #expect(ContinuousClock.now - start < .seconds(seconds), "\(arguments.suffix(2)) took too long")
        return result
    }

    @Test(arguments: ["table", "json", "jsonl", "csv", "yaml"])
    func aHundredThousandKeysArePrinted(format: String) throws {
        let folder = try TemporaryFolder()
        let data = try Self.wideRecord(100_000, in: folder)
        let result = try Self.run(["--data", data, "-o", format, "-c", "connectors"])
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout.contains("k99999"))
    }

    @Test func aHundredThousandKeysAreCounted() throws {
        let folder = try TemporaryFolder()
        let data = try Self.wideRecord(100_000, in: folder)
        let result = try Self.run(["--data", data, "-c", "connectors | count"])
        #expect(result.stdout == "1\n")
        let keys = try Self.run(["--data", data, "-c", "connectors | get len(keys($it))"])
        #expect(keys.stdout == "100002\n", "\(keys.stderr.prefix(300))")
    }

    @Test func aRecordOfAHundredThousandKeysIsSelectedWhole() throws {
        let folder = try TemporaryFolder()
        let data = try Self.wideRecord(100_000, in: folder)
        let result = try Self.run([
            "--data", data, "-o", "jsonl", "-c", "connectors | select *, k5 as extra | get len(keys($it))",
        ])
        #expect(result.stdout == "100003\n", "\(result.stderr.prefix(300))")
    }

    @Test func tenThousandColumnsAreSelected() throws {
        let folder = try TemporaryFolder()
        let data = try Self.wideRecord(10_000, in: folder)
        let columns = (0..<10_000).reversed().map { "k\($0)" }.joined(separator: ", ")
        let query = try folder.write("select.afq", "connectors | select \(columns) | get k0 + k9999\n")
        let result = try Self.run(["--data", data, "-f", query])
        #expect(result.stdout == "9999\n", "\(result.stderr.prefix(300))")
    }

    @Test func duplicateKeysOfAWideRecordKeepTheLastValue() throws {
        let folder = try TemporaryFolder()
        var text = #"{"connectorType": "S3""#
        for i in 0..<1_000 { text += #", "k\#(i)": \#(i)"# }
        text += #", "k10": "last", "k999": "also last"}"#
        let data = try folder.write("duplicates.json", text + "\n")
        let result = try Self.run(["--data", data, "-o", "jsonl", "-c", "connectors | select k10, k999, k500"])
        #expect(
            result.stdout == #"{"k10":"last","k999":"also last","k500":500}"# + "\n", "\(result.stderr.prefix(300))")
    }
}
