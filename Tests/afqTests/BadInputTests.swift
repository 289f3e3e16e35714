import AFQTestSupport
import Foundation
import Testing

/// Input that once crashed afq or made it lose or flood its output, run through the real binary
/// (docs/reliability.md): each must end in a warning or an error with a position, and an exit
/// status, never a signal.
@Suite struct BadInputTests {
    /// `registeredAt` values outside years 0001 to 9999 trapped when printed, grouped or sorted.
    static let outOfRangeTimestamps = """
        {"connectorConfigurations": {
          "A": {"connectorLabel": "far", "registeredAt": 1e20},
          "B": {"connectorLabel": "before", "registeredAt": -1e20},
          "C": {"connectorLabel": "year 10000", "registeredAt": 253402300800},
          "D": {"connectorLabel": "quoted", "registeredAt": "1e300"},
          "E": {"connectorLabel": "last second", "registeredAt": 253402300799.999},
          "F": {"connectorLabel": "first second", "registeredAt": -62135596800}
        }}

        """

    @Test(arguments: [
        "connectors | select connectorLabel, registeredAt",
        "connectors | group by registeredAt",
        "connectors | sort by registeredAt | get registeredAt",
        "connectors | get registeredAt",
    ])
    func outOfRangeTimestampsAreKeptAsNumbersWithAWarning(query: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("far.json", Self.outOfRangeTimestamps)
        for format in ["table", "json", "jsonl", "csv", "tsv", "yaml", "markdown"] {
            let result = try BinaryRunner.run(["--data", path, "-o", format, "-c", query])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            let warnings = result.stderr.split(separator: "\n")
            #expect(warnings.count == 4, "\(format): \(result.stderr)")
            #expect(result.stderr.contains("far.json:2:50: `registeredAt` is outside the timestamps afq can print"))
            #expect(result.stderr.contains("far.json:5:53:"))
            #expect(result.stderr.contains("\"1e300\"; kept as it is"))
            #expect(result.stdout.contains("9999-12-31T23:59:59.999Z"))
            #expect(result.stdout.contains("0001-01-01T00:00:00Z"))
            #expect(result.stdout.contains("253402300800"))
        }
    }

    @Test func aNulInAQueryIsShownWithItsPositionAndCaret() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("nul.afq", "connectors\n| where \u{0} x\n")
        let result = try BinaryRunner.run(["-f", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "error: unexpected character `\\x00`")
        #expect(lines.count > 4 && lines[1].hasSuffix("nul.afq:2:9"))
        #expect(lines.count > 4 && lines[3] == "2 | | where \\x00 x")
        #expect(lines.count > 4 && lines[4] == "  |         ^^^^ not part of the language")
        #expect(!result.stderr.unicodeScalars.contains("\u{0}"))
    }

    @Test func aNulInDataIsShownInTheExcerpt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("nul.json", "{\"connectorConfiguration\": {\"connectorLabel\": \"a\u{0}b\"}}\n")
        let result = try BinaryRunner.run(["--data", path, "-c", "connectors | count"])
        #expect(result.status == 3)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "error: malformed JSON: control character U+0000 must be escaped in a string")
        #expect(lines.count > 4 && lines[3] == "1 | {\"connectorConfiguration\": {\"connectorLabel\": \"a\\x00b\"}}")
        let caret =
            lines.count > 4
            ? lines[4].firstIndex(of: "^").map { lines[4].distance(from: lines[4].startIndex, to: $0) } : nil
        let shown =
            lines.count > 4
            ? lines[3].range(of: "\\x00").map { lines[3].distance(from: lines[3].startIndex, to: $0.lowerBound) } : nil
        #expect(caret != nil && caret == shown)
    }

    /// Five million digits once came back whole in the message (5 MB on standard error).
    @Test func aHugeMalformedNumberIsCutInTheMessage() throws {
        let digits = String(repeating: "7", count: 5_000_000)
        let folder = try TemporaryFolder()
        let query = try folder.write("long.afq", "connectors | get 1" + digits + "x\n")
        let data = try folder.write("long.json", "{\"connectorConfiguration\": {\"n\": 1" + digits + "e999}}\n")
        let inQuery = try BinaryRunner.run(["-f", query])
        #expect(inQuery.status == 1)
        #expect(inQuery.stderr.utf8.count < 2000)
        #expect(
            inQuery.stderr.contains(
                "error: invalid number `1777777777777777777777777777777777777777… (5000002 characters)`"))
        let inData = try BinaryRunner.run(["--data", data, "-c", "connectors | count"])
        #expect(inData.status == 3)
        #expect(inData.stderr.utf8.count < 2000)
        #expect(
            inData.stderr.contains(
                "number out of range: 1777777777777777777777777777777777777777… (5000005 characters)"))
        let tooLarge = try BinaryRunner.run(["-c", "connectors | get 1" + String(repeating: "0", count: 400)])
        #expect(tooLarge.status == 1)
        #expect(
            tooLarge.stderr.contains(
                "error: number out of range `1000000000000000000000000000000000000000… (401 characters)`"))
    }

    /// A name of a million letters was compared letter by letter with every field for a
    /// suggestion (minutes), then quoted whole.
    @Test func aHugeUnknownNameIsCutAndAnsweredAtOnce() throws {
        let folder = try TemporaryFolder()
        let query = try folder.write(
            "name.afq", "connectors | where " + String(repeating: "a", count: 1_000_000) + " == 1\n")
        let clock = ContinuousClock()
        let started = clock.now
        let result = try BinaryRunner.run(["-f", query])
        #expect(clock.now - started < .seconds(30))
        #expect(result.status == 1)
        #expect(result.stderr.utf8.count < 2000)
        #expect(
            result.stderr.hasPrefix(
                "error: unknown field `" + String(repeating: "a", count: 40) + "… (1000000 characters)`\n"))
    }
}
