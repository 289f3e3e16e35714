import AFQTestSupport
import Foundation
import Testing

/// The shell in an 80×30 terminal, as a newcomer first meets it: wide results, completion lists
/// and help that must stay legible (docs/shell.md). The screen is read through a terminal
/// emulator where libedit's redrawing matters.
@Suite(.serialized) struct NarrowTerminalTests {
    let folder: TemporaryFolder
    var home: String { folder.path }

    init() throws {
        folder = try TemporaryFolder(prefix: "afq-narrow")
    }

    func shell(columns: UInt16 = 80, rows: UInt16 = 30) throws -> PTYSession {
        let session = try PTYSession(
            home: home, extraEnvironment: ["NO_COLOR": "1"], columns: columns, rows: rows)
        try session.expectPrompt()
        return session
    }

    // MARK: wide results

    static let wideSelect =
        "connectors | where connectorType == \"CustomConnector\" | select connectorLabel, connectorOwner,"
        + " connectorProvisioningType, canUseAsSource, canUseAsDestination, registeredAt, connectorVersion,"
        + " connectorDescription | limit 2"

    @Test func printsAWideSelectVerticallyWithWholeHeadersAndValues() throws {
        let session = try shell()
        session.send(Self.wideSelect + "\r")
        try session.expect("-[ RECORD 2 ]")
        try session.expectPrompt()
        let output = session.transcript
        #expect(output.contains("connectorProvisioningType  LAMBDA"))
        #expect(!output.contains("connec…"))
        #expect(!output.contains("2023-…"))
    }

    @Test func keepsAOneRowResultInAGrid() throws {
        let session = try shell()
        session.send("connectors | where connectorType == \"Slack\" | select connectorType, canUseAsSource\r")
        try session.expect("connectorType  canUseAsSource\r\n")
        try session.expect("Slack          true\r\n")
    }

    @Test func printsVerticallyOnDemandWithFormatLine() throws {
        let session = try shell()
        session.send(".format line\r")
        try session.expectPrompt()
        session.send("connectors | where connectorType == \"Slack\" | select connectorType, canUseAsSource\r")
        try session.expect("connectorType   Slack\r\ncanUseAsSource  true\r\n")
    }

    // MARK: completion lists

    @Test func listsFileNamesWhole() throws {
        let session = try shell(columns: 100)
        session.send(".open \(BinaryRunner.packageRoot.path)/examples/data/\t")
        try session.expect("describe-connectors-page1.json")
        #expect(session.transcript.contains("connectors.jsonl"))
    }

    @Test func listsValuesWholeWithTheirDotsAndSpaces() throws {
        let session = try shell(columns: 100)
        session.send("connectors | where connectorLabel == \"\t")
        try session.expect("\"acme.postgres-lambda\"")
        session.send("\u{03}")
        try session.expectPrompt()
        session.send("connectors | where connectorOwner == \"\t")
        try session.expect("\"Example Partner Inc.\"")
    }

    @Test func keepsEveryListRowWhenTheLineWraps() throws {
        let session = try shell()
        let line =
            "connectors | where connectorDescription != \"a description long enough to wrap\" and authenticationConfig.is"
        session.send(line + "\t")
        try session.expect("isOAuth2Supported")
        usleep(300_000)
        let screen = session.screen
        for name in ["isApiKeyAuthSupported", "isBasicAuthSupported", "isCustomAuthSupported", "isOAuth2Supported"] {
            #expect(screen.contains { $0.contains(name) }, "\(name) on the screen:\n\(screen.joined(separator: "\n"))")
        }
        // The line is drawn again, whole, below the list.
        let listEnd = try #require(screen.lastIndex { $0.contains("isOAuth2Supported") })
        let lineStart = try #require(screen.lastIndex { $0.hasPrefix("afq> connectors") })
        #expect(lineStart > listEnd)
        #expect((screen[lineStart] + screen[lineStart + 1]).hasSuffix("authenticationConfig.is"))
    }

    @Test func completesAListOfRecordsWithASpaceSoThatItRuns() throws {
        let session = try shell()
        session.send("connectors | expand connectorR\t")
        try session.expect("untimeSettings ")
        session.send("| count\r")
        let expected = try BinaryRunner.run(["-c", "connectors | expand connectorRuntimeSettings | count"]).stdout
        try session.expect(expected.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    // MARK: schema

    @Test func keepsFieldNamesWholeInTheSchema() throws {
        let session = try shell()
        session.send(".schema\r")
        let shown = try session.expect("afq> ")
        for name in ["supportedSchedulingFrequencies", "supportedDestinationConnectors", "connectorProvisioningConfig"]
        {
            #expect(shown.contains(name + " "), "\(name) whole")
        }
    }

    // MARK: help

    /// Help is wrapped to the terminal rather than cut by the pager: every line fits 80 columns and
    /// every description is there whole.
    @Test func wrapsHelpToTheTerminalWidth() throws {
        let session = try shell()
        session.send(".help operators\r")
        let shown = try session.expect("afq> ")
        #expect(shown.contains("instant"))
        #expect(shown.contains("+ - * / %"))
        for line in shown.components(separatedBy: "\r\n") {
            #expect(line.count <= 80, "too long for 80 columns: \(line)")
        }
    }

    @Test func helpsWithAVariableAndWithExit() throws {
        let session = try shell()
        session.send(".help $source\r")
        try session.expect("$source.accountName")
        try session.expectPrompt()
        session.send(".help exit\r")
        try session.expect(".quit, .exit")
    }
}
