import AFQTestSupport
import Foundation
import Testing

/// `changes` with the current side live (docs/changes.md): the built binary against the fake
/// AppFlow on loopback, compared with a recorded baseline, answers as the recording of the same
/// fetch does, and `--exit-status` fails the run when something changed.
@Suite struct LiveChangesTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder(prefix: "afq-live-changes")
    }

    func environment() -> [String: String] {
        let home = folder.path
        return [
            "HOME": home, "AWS_CONFIG_FILE": home + "/no-config",
            "AWS_SHARED_CREDENTIALS_FILE": home + "/no-credentials",
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": LiveAppFlowTests.accessKey,
            "AWS_SECRET_ACCESS_KEY": LiveAppFlowTests.secret, "AWS_REGION": "", "AWS_DEFAULT_REGION": "",
            "AWS_PROFILE": "", "AWS_SESSION_TOKEN": "", "AWS_ENDPOINT_URL": "", "AWS_ENDPOINT_URL_APPFLOW": "",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "",
        ]
    }

    static let baseline = "examples/data/inventory-2026-11.jsonl"
    static let query = "changes | select change, connectorType, connectorLabel, region, account, paths"

    @Test func comparesLiveDataWithARecordedBaselineAsItsRecordingDoes() throws {
        let appflow = try FakeAppFlow(
            regions: try FakeAppFlow.sampleRegions(),
            verifier: SignatureVerifier(secrets: [LiveAppFlowTests.accessKey: LiveAppFlowTests.secret]))
        let recording = folder.path + "/now.jsonl"
        let live = try BinaryRunner.run(
            [
                "--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "--record", recording,
                "--baseline", Self.baseline, "-o", "jsonl", "-e", "-c", Self.query,
            ],
            environment: environment())
        #expect(live.status == 4, "\(live.stderr)")
        #expect(live.stderr == "")
        let replay = try BinaryRunner.run(
            ["--data", recording, "--baseline", Self.baseline, "-o", "jsonl", "-c", Self.query])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(live.stdout == replay.stdout)
        // us-east-1 of the sample's account holds every managed connector; the baseline's eu-west-1
        // and other account's connectors were not fetched, so they are removed.
        #expect(live.stdout.contains(#"{"change":"added","connectorType":"Singular","#))
        #expect(
            live.stdout.contains(
                #"{"change":"removed","connectorType":"CustomConnector","connectorLabel":"workday-hcm","#))
        #expect(!live.stdout.contains(#""change":"changed""#))
    }

    @Test func liveDataAgainstARecordingOfItselfHasNoChangesAndExitsZero() throws {
        let appflow = try FakeAppFlow(
            regions: try FakeAppFlow.sampleRegions(),
            verifier: SignatureVerifier(secrets: [LiveAppFlowTests.accessKey: LiveAppFlowTests.secret]))
        let recording = folder.path + "/then.jsonl"
        let first = try BinaryRunner.run(
            [
                "--live", "--region", "us-east-1,eu-west-1", "--endpoint-url", appflow.baseURL, "--record", recording,
                "-c", "connectors | count",
            ],
            environment: environment())
        #expect(first.status == 0, "\(first.stderr)")
        let again = try BinaryRunner.run(
            [
                "--live", "--region", "us-east-1,eu-west-1", "--endpoint-url", appflow.baseURL, "--baseline", recording,
                "--exit-status", "-c", "changes",
            ],
            environment: environment())
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "(no rows)\n")
    }
}
