import AFQTestSupport
import Foundation
import Testing

/// The built binary, end to end: options, modes, exit statuses (README, "Command line").
@Suite struct CommandLineTests {
    @Test func runsTheIssueQueryOnTheBundledSample() throws {
        let result = try BinaryRunner.run([
            "-c", "connectors | where canUseAsDestination | select connectorName, supportedWriteOperations",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("connectorName"))
        #expect(result.stdout.contains("Salesforce"))
        #expect(result.stderr.isEmpty)
    }

    @Test func runsCommandsAndFilesInTheOrderGiven() throws {
        let result = try BinaryRunner.run([
            "-c", "connectors | where connectorType == \"S3\" | get connectorName", "-f",
            "examples/destinations-from-salesforce.afq", "-c", "connectors | count",
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "Amazon S3")
        #expect(lines.last == "30")
    }

    @Test func readsStatementsFromStandardInput() throws {
        let result = try BinaryRunner.run(["-o", "json"], stdin: Data("connectors | count\n".utf8))
        #expect(result.stdout == "[\n  30\n]\n")
        #expect(result.status == 0)
    }

    @Test func readsDataFromStandardInput() throws {
        let data = try Data(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("examples/data/connectors.jsonl"))
        let result = try BinaryRunner.run(
            ["--data", "-", "-c", "connectors | get $source.file | distinct"], stdin: data)
        #expect(result.stdout == "<stdin>\n")
    }

    @Test func queryErrorsExitOneAndKeepEarlierResults() throws {
        let result = try BinaryRunner.run(["-c", "connectors | count", "-c", "connectors | where 1 / 0"])
        #expect(result.status == 1)
        #expect(result.stdout == "30\n")
        #expect(result.stderr.contains("division by zero"))
    }

    @Test func dataErrorsExitThreeWithFileLineAndColumn() throws {
        let result = try BinaryRunner.run(["--data", "examples/data/broken/malformed.json", "-c", "connectors | count"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("examples/data/broken/malformed.json:5:5"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ["-o", "nope", "-c", "connectors"], ["--live", "--data", "x.json"], ["--param", "=x"], ["--bogus"], ["-c"],
        ["--live=x"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }

    @Test func readsAttachedValuesAndQueryFilesAfterDoubleDash() throws {
        let result = try BinaryRunner.run([
            "--format=json", "-cconnectors | count", "--", "examples/destinations-from-salesforce.afq",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[\n  30\n]\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func queryFileErrorsNameTheFile() throws {
        let folder = try TemporaryFolder(prefix: "afq-cli")
        defer { folder.remove() }
        let file = try folder.write("report.afq", "# a report\nconnectors\n| where connectorTyp == 'S3'\n")
        let result = try BinaryRunner.run([file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):3:9"))
        #expect(result.stderr.contains("did you mean `connectorType`?"))
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--data"))
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }

    @Test func pipedOutputHasNoColourCodes() throws {
        let result = try BinaryRunner.run(["-c", "connectors | where nope", "-c", "connectors | limit 2"])
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test func paramJSONMustBeValid() throws {
        let result = try BinaryRunner.run(["--param-json", "x={", "-c", "connectors | count"])
        #expect(result.status == 2)
    }
}
