import AFQTestSupport
import Foundation
import Testing

/// The interactive shell on a real pseudo-terminal: completion, history, multi-line input,
/// Ctrl-C and Ctrl-D, as a person would use them. Expected results come from running the same
/// query in batch mode, so the two modes must agree.
@Suite(.serialized) struct InteractiveShellTests {
    /// HOME of every shell: its history and startup file, never the user's.
    let folder: TemporaryFolder
    var home: String { folder.path }

    init() throws {
        folder = try TemporaryFolder(prefix: "afq-shell")
    }

    func batch(_ query: String, _ extra: [String] = []) throws -> String {
        let result = try BinaryRunner.run(extra + ["-c", query])
        return result.stdout.replacingOccurrences(of: "\n", with: "\r\n")
    }

    func shell(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> PTYSession {
        let session = try PTYSession(arguments: arguments, home: home, extraEnvironment: environment)
        try session.expectPrompt()
        return session
    }

    @Test func showsABannerNamingTheData() throws {
        let session = try PTYSession(home: home)
        try session.expect("bundled sample: 30 connectors — .help for help")
        try session.expectPrompt()
    }

    @Test func completesAStageName() throws {
        let session = try shell()
        session.send("connectors | wh\t")
        try session.expect("ere ")
        session.send("canUseAsDestination | count\r")
        try session.expect(try batch("connectors | where canUseAsDestination | count"))
        try session.expectPrompt()
    }

    @Test func completesAFieldAndANestedField() throws {
        let session = try shell()
        session.send("connectors | get authenticationConfig.oA\t")
        try session.expect("uth2Defaults.")
        session.send("oauth2G\t")
        try session.expect("rantTypesSupported ")
        session.send("| distinct | count\r")
        try session.expect(
            try batch(
                "connectors | get authenticationConfig.oAuth2Defaults.oauth2GrantTypesSupported | distinct | count"))
    }

    @Test func completesAnEnumValue() throws {
        let session = try shell()
        session.send("connectors | where connectorType == \"Snow\t")
        try session.expect("flake\" ")
        session.send("| get connectorName\r")
        try session.expect("Snowflake\r\n")
        try session.expectPrompt()
    }

    @Test func listsSeveralCandidatesCompactly() throws {
        let session = try shell()
        session.send("connectors | where authenticationConfig.is\t")
        try session.expect("isApiKeyAuthSupported")
        try session.expect("isOAuth2Supported")
    }

    @Test func continuesAMultiLineStatement() throws {
        let session = try shell()
        session.send("connectors |\r")
        try session.expectPrompt("...> ")
        session.send("where canUseAsSource and (\r")
        try session.expectPrompt("...> ")
        session.send("canUseAsDestination) |\r")
        try session.expectPrompt("...> ")
        session.send("count\r")
        try session.expect(try batch("connectors | where canUseAsSource and (canUseAsDestination) | count"))
        try session.expectPrompt()
        session.send("connectors | where canUseAsSource |\r")
        try session.expectPrompt("...> ")
        session.send("\u{03}")  // Ctrl-C drops the pending statement too
        try session.expectPrompt()
        session.send("count\r")
        try session.expect("unknown source `count`")
    }

    @Test func aLineStartingWithAPipeContinuesThePreviousStatement() throws {
        let session = try shell()
        session.send("connectors | where canUseAsSource\r")
        try session.expectPrompt()
        session.send("| count\r")
        try session.expect(try batch("connectors | where canUseAsSource | count"))
    }

    @Test func survivesAnErrorAndRunsTheNextQuery() throws {
        let session = try shell()
        session.send("connectors | where conectorName == 1\r")
        try session.expect("did you mean `connectorName`?")
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("30\r\n")
    }

    @Test func ctrlCCancelsTheLine() throws {
        let session = try shell()
        session.send("connectors | where nothing useful")
        session.send("\u{03}")
        try session.expect("^C")
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("30\r\n")
    }

    @Test func ctrlCInterruptsALongQuery() throws {
        let data = try LargeData.write(rows: 3000, listLength: 40, in: home)
        let session = try shell(["--data", data])
        session.send(
            "connectors | expand supportedOperators | expand supportedApiVersions | expand connectorModes | count\r")
        usleep(500_000)
        session.send("\u{03}")
        try session.expect("interrupted", timeout: 20)
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("3000\r\n")
    }

    @Test func ctrlDExitsWithStatusZero() throws {
        let session = try shell()
        session.send("\u{04}")
        #expect(try session.waitForExit() == 0)
    }

    @Test func restoresTheTerminalOnSIGTERM() throws {
        let session = try shell()
        session.send("connectors | half-typed")
        usleep(100_000)
        kill(session.pid, SIGTERM)
        _ = try session.waitForExit()
        #expect(session.terminalIsCooked)
    }

    @Test func keepsHistoryAcrossRunsInAPrivateFile() throws {
        let first = try shell()
        first.send("connectors | where connectorType == \"Slack\" |\r")
        try first.expectPrompt("...> ")
        first.send("get connectorName\r")
        try first.expect("Slack\r\n")
        try first.expectPrompt()
        first.send("\u{04}")
        #expect(try first.waitForExit() == 0)

        let historyPath = home + "/.local/state/afq/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: historyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try shell()
        second.send("\u{1B}[A\r")  // Up: the two-line statement comes back as one entry
        try second.expect("Slack\r\n")
        second.send(".history\r")
        try second.expect("connectors | where connectorType == \"Slack\" | get connectorName")
    }

    @Test func searchesHistoryWithCtrlR() throws {
        let session = try shell()
        session.send("connectors | where connectorType == \"Zendesk\" | get connectorName\r")
        try session.expect("Zendesk\r\n")
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("30\r\n")
        try session.expectPrompt()
        session.send("\u{12}Zend")
        usleep(200_000)
        session.send("\r")
        try session.expect("Zendesk\r\n")
    }

    @Test func pagesResultsTallerThanTheScreen() throws {
        let session = try shell(environment: ["PAGER": "sed s/^/paged:/"])
        session.send("connectors | count\r")
        try session.expect("count\r\n30\r\n")  // short results are not paged
        session.send(".help\r")
        try session.expect("paged:afq queries Amazon AppFlow connector configurations.")
    }

    @Test func switchesToLiveDataFetchesOnceAndRefreshes() throws {
        let appflow = try FakeAppFlow(
            regions: try FakeAppFlow.sampleRegions(), verifier: SignatureVerifier(secrets: ["AKIDEXAMPLE": "secret"]))
        let session = try shell(environment: liveEnvironment())
        session.send(".live --region us-east-1 --endpoint-url \(appflow.baseURL)\r")
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("26\r\n")
        try session.expectPrompt()
        let afterFirstFetch = appflow.server.requests.count
        session.send("connectors | where canUseAsDestination | count\r")
        try session.expectPrompt()
        #expect(appflow.server.requests.count == afterFirstFetch)  // reused, not fetched again
        session.send(".refresh\r")
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("26\r\n")
        #expect(appflow.server.requests.count == 2 * afterFirstFetch)
    }

    @Test func ctrlCCancelsALiveFetch() throws {
        let appflow = try FakeAppFlow(
            regions: try FakeAppFlow.sampleRegions(), verifier: SignatureVerifier(secrets: ["AKIDEXAMPLE": "secret"]),
            delay: { _ in 20 })
        let session = try shell(environment: liveEnvironment())
        session.send(".live --region us-east-1 --endpoint-url \(appflow.baseURL)\r")
        usleep(500_000)
        session.send("\u{03}")
        try session.expect("interrupted", timeout: 10)
        try session.expectPrompt()
        session.send("connectors | count\r")
        try session.expect("30\r\n")  // still on the bundled sample
    }

    func liveEnvironment() -> [String: String] {
        [
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": home + "/none", "AWS_SHARED_CREDENTIALS_FILE": home + "/none",
        ]
    }

    @Test func runsTheStartupFileFirst() throws {
        try ".format json\n".write(toFile: home + "/.afqrc", atomically: true, encoding: .utf8)
        let session = try shell()
        session.send("connectors | count\r")
        try session.expect("[\r\n  30\r\n]")
    }

    @Test func helpTopicsShowRunnableExamples() throws {
        let session = try shell()
        session.send(".help expand\r")
        try session.expect("expand PATH [as NAME]")
        try session.expect("examples:")
    }
}

/// A recording big enough that nested `expand`s run for a long time.
enum LargeData {
    static func write(rows: Int, listLength: Int, in folder: String) throws -> String {
        let path = folder + "/large.jsonl"
        let list = (0..<listLength).map { "\"v\($0)\"" }.joined(separator: ",")
        var text = ""
        for i in 0..<rows {
            text +=
                "{\"connectorConfiguration\":{\"connectorType\":\"CustomConnector\",\"connectorLabel\":\"c\(i)\","
                + "\"supportedOperators\":[\(list)],\"supportedApiVersions\":[\(list)],\"connectorModes\":[\(list)]}}\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
