import AFQTestSupport
import Foundation
import Testing

/// The shell in an 80×30 terminal, as a newcomer first meets it: wide results that must stay
/// legible (docs/shell.md).
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
}
