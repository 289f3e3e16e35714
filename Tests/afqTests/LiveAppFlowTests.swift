import AFQTestSupport
import Foundation
import Testing

/// `--live` end to end: the built binary against a fake AppFlow on loopback (real HTTP) that
/// checks every signature independently of afq's signer.
@Suite struct LiveAppFlowTests {
    static let accessKey = "AKIDEXAMPLE"
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    let folder: TemporaryFolder
    var home: String { folder.path }

    init() throws {
        folder = try TemporaryFolder(prefix: "afq-live")
    }

    /// An environment with nothing of the machine's own AWS setup.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": home, "AWS_CONFIG_FILE": home + "/no-config",
            "AWS_SHARED_CREDENTIALS_FILE": home + "/no-credentials",
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": LiveAppFlowTests.accessKey,
            "AWS_SECRET_ACCESS_KEY": LiveAppFlowTests.secret, "AWS_REGION": "", "AWS_DEFAULT_REGION": "",
            "AWS_PROFILE": "", "AWS_SESSION_TOKEN": "", "AWS_ENDPOINT_URL": "", "AWS_ENDPOINT_URL_APPFLOW": "",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "",
        ]
        for (key, value) in extra { env[key] = value }
        return env
    }

    func fake(
        pageSize: Int = 5, tokens: [String: String] = [:], delay: [String: Double] = [:],
        fault: @escaping @Sendable (FakeAppFlow.Call) -> LoopbackHTTPServer.Reply? = { _ in nil }
    ) throws -> FakeAppFlow {
        try FakeAppFlow(
            regions: try FakeAppFlow.sampleRegions(),
            verifier: SignatureVerifier(secrets: [LiveAppFlowTests.accessKey: LiveAppFlowTests.secret], tokens: tokens),
            pageSize: pageSize, delay: { delay[$0.operation] ?? 0 }, fault: fault)
    }

    static let everything =
        "connectors | select $source.region as region, $source.account as account, * | sort by region, connectorType, connectorLabel"

    /// Compares JSON Lines outputs as values, whatever the key order.
    func sameJSONLines(_ a: String, _ b: String) -> Bool {
        func parse(_ text: String) -> [NSObject] {
            text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSObject
            }
        }
        let (x, y) = (parse(a), parse(b))
        return x.count == y.count && !x.isEmpty && zip(x, y).allSatisfy { $0.isEqual($1) }
    }

    @Test func fetchesTheFullContentOfEveryRegion() throws {
        let appflow = try fake()
        let live = try BinaryRunner.run(
            [
                "--live", "--region", "us-east-1,eu-west-1", "--endpoint-url", appflow.baseURL, "-o", "jsonl", "-c",
                LiveAppFlowTests.everything,
            ],
            environment: environment())
        #expect(live.status == 0, "\(live.stderr)")
        let sample = try BinaryRunner.run([
            "-o", "jsonl", "-c",
            "connectors | where $source.account == \"123456789012\" and $source.region in [\"us-east-1\", \"eu-west-1\"] | "
                + LiveAppFlowTests.everything.dropFirst("connectors | ".count),
        ])
        #expect(sameJSONLines(live.stdout, sample.stdout), "live:\n\(live.stdout)\nsample:\n\(sample.stdout)")
    }

    @Test func followsEveryPageAndDescribesEachCustomConnectorOnce() throws {
        let appflow = try fake(pageSize: 3)
        let result = try BinaryRunner.run(
            ["--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count"],
            environment: environment())
        #expect(result.stdout == "26\n", "\(result.stderr)")
        let requests = appflow.server.requests
        let pages = requests.filter { $0.path == "/describe-connectors" }
        #expect(pages.count == 8)  // 23 managed connectors, 3 a page
        #expect(pages.dropFirst().allSatisfy { $0.bodyText.contains("\"nextToken\":\"page-") })
        let described = requests.filter { $0.path == "/describe-connector" }.map(\.bodyText)
        #expect(described.count == 3)
        #expect(Set(described).count == 3)
        #expect(
            requests.allSatisfy {
                $0.headers["authorization"]?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") == true
            })
    }

    @Test func retriesThrottlingServerErrorsAndDroppedConnections() throws {
        let appflow = try fake(delay: ["DescribeConnector": 0.3]) { call in
            switch (call.operation, call.previousCalls) {
            case ("DescribeConnectors", 0): return .drop
            case ("ListConnectors", 0): return FakeAppFlow.error(429, "ThrottlingException", "Rate exceeded")
            case ("DescribeConnector", 0): return FakeAppFlow.error(500, "InternalServerException", "try again")
            default: return nil
            }
        }
        let result = try BinaryRunner.run(
            ["--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count"],
            environment: environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "26\n")
        #expect(appflow.server.requests.filter { $0.path == "/describe-connectors" }.count == 6)  // 5 pages + 1 retry
    }

    /// A connection dropped after earlier calls is retried at once: with URLSession, which
    /// reused keep-alive connections, the retry waited out the 30 s request deadline.
    @Test func retriesAConnectionDroppedAfterEarlierCallsWithoutWaiting() throws {
        let appflow = try fake { call in
            call.operation == "DescribeConnectors" && call.previousCalls == 2 ? .drop : nil
        }
        let started = ContinuousClock.now
        let result = try BinaryRunner.run(
            ["--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count"],
            environment: environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "26\n")
        #expect(started.duration(to: .now) < .seconds(10))
    }

    @Test func givesUpAfterTheAttemptsAndNamesTheError() throws {
        let appflow = try fake { call in
            call.operation == "DescribeConnectors"
                ? FakeAppFlow.error(503, "ServiceUnavailableException", "Try later") : nil
        }
        let result = try BinaryRunner.run(
            ["--live", "--region", "eu-west-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count"],
            environment: environment(["AWS_MAX_ATTEMPTS": "2"]))
        #expect(result.status == 3)
        #expect(
            result.stderr.contains(
                "DescribeConnectors in eu-west-1 failed: HTTP 503 ServiceUnavailableException: Try later"))
        #expect(result.stderr.contains("after 2 attempts"))
        #expect(appflow.server.requests.filter { $0.path == "/describe-connectors" }.count == 2)
    }

    /// Throttling is paced through with up to five attempts more than AWS_MAX_ATTEMPTS
    /// (docs/live.md, "Speed at organisation scale"), then given up like any other failure.
    @Test func aThrottledCallGetsFiveMoreAttemptsPacedByTheLimiter() throws {
        let appflow = try fake { call in
            call.operation == "DescribeConnectors"
                ? FakeAppFlow.error(429, "ThrottlingException", "Rate exceeded") : nil
        }
        let result = try BinaryRunner.run(
            ["--live", "--region", "eu-west-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count"],
            environment: environment(["AWS_MAX_ATTEMPTS": "2"]))
        #expect(result.status == 3)
        #expect(
            result.stderr.contains(
                "DescribeConnectors in eu-west-1 failed: HTTP 429 ThrottlingException: Rate exceeded"))
        #expect(result.stderr.contains("after 7 attempts"))
        #expect(appflow.server.requests.filter { $0.path == "/describe-connectors" }.count == 7)
    }

    @Test func aFailingRegionLosesNothingElse() throws {
        let appflow = try fake { call in
            call.region == "eu-west-1" ? FakeAppFlow.error(403, "AccessDeniedException", "not allowed here") : nil
        }
        let arguments = [
            "--live", "--region", "us-east-1,eu-west-1", "--endpoint-url", appflow.baseURL, "-c",
            "connectors | group by $source.region",
        ]
        let strict = try BinaryRunner.run(arguments, environment: environment())
        #expect(strict.status == 3)
        #expect(strict.stdout.contains("us-east-1"))
        #expect(!strict.stdout.contains("eu-west-1"))
        #expect(strict.stderr.contains("eu-west-1 failed: HTTP 403 AccessDeniedException: not allowed here"))
        #expect(strict.stderr.contains("appflow:DescribeConnectors"))
        let partial = try BinaryRunner.run(["--allow-partial"] + arguments, environment: environment())
        #expect(partial.status == 0)
        #expect(partial.stdout == strict.stdout)
        #expect(partial.stderr.contains("eu-west-1 failed"))
    }

    @Test func readsProfilesFromTheSharedFiles() throws {
        let appflow = try fake()
        try "[profile dev]\nregion = eu-west-1\n".write(toFile: home + "/config", atomically: true, encoding: .utf8)
        try
            "[dev]\naws_access_key_id = \(LiveAppFlowTests.accessKey)\naws_secret_access_key = \(LiveAppFlowTests.secret)\n"
            .write(toFile: home + "/credentials", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(
            [
                "--live", "--profile", "dev", "--endpoint-url", appflow.baseURL, "-c",
                "connectors | get $source.region | distinct",
            ],
            environment: environment([
                "AWS_CONFIG_FILE": home + "/config", "AWS_SHARED_CREDENTIALS_FILE": home + "/credentials",
                "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "",
            ]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "eu-west-1\n")
    }

    @Test func signsTheSessionToken() throws {
        let token = "FQoGZXIvYXdzEXAMPLETOKEN"
        let appflow = try fake(tokens: [LiveAppFlowTests.accessKey: token])
        let arguments = [
            "--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count",
        ]
        let with = try BinaryRunner.run(arguments, environment: environment(["AWS_SESSION_TOKEN": token]))
        #expect(with.status == 0, "\(with.stderr)")
        #expect(appflow.server.requests.allSatisfy { $0.headers["x-amz-security-token"] == token })
        let without = try BinaryRunner.run(arguments, environment: environment())
        #expect(without.status == 3)
        #expect(without.stderr.contains("UnrecognizedClientException"))
        #expect(!without.stderr.contains(token))
    }

    @Test func aWrongSecretExitsThreeAndIsNeverPrinted() throws {
        let appflow = try fake()
        let wrong = "WRONGsecretWRONGsecretWRONGsecretWRONG12"
        let result = try BinaryRunner.run(
            ["--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "-c", "connectors | count"],
            environment: environment(["AWS_SECRET_ACCESS_KEY": wrong]))
        #expect(result.status == 3)
        #expect(result.stderr.contains("InvalidSignatureException"))
        #expect(result.stderr.contains("= help:"))
        #expect(!(result.stdout + result.stderr).contains(wrong))
        #expect(!(result.stdout + result.stderr).contains("Signature="))
    }

    @Test func missingCredentialsSayWhereAfqLooked() throws {
        let result = try BinaryRunner.run(
            ["--live", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9", "-c", "connectors | count"],
            environment: environment(["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""]))
        #expect(result.status == 3)
        #expect(result.stderr.contains("AWS_ACCESS_KEY_ID"))
        #expect(result.stderr.contains(home + "/no-credentials"))
    }

    @Test func recordsThenReplaysWithIdenticalResults() throws {
        let token = "FQoGZXIvYXdzEXAMPLETOKEN"
        let appflow = try fake(pageSize: 4, tokens: [LiveAppFlowTests.accessKey: token])
        let recording = home + "/session.jsonl"
        let query = LiveAppFlowTests.everything
        let live = try BinaryRunner.run(
            [
                "--live", "--region", "us-east-1,eu-west-1", "--endpoint-url", appflow.baseURL, "--record", recording,
                "-o", "jsonl", "-c", query,
            ],
            environment: environment(["AWS_SESSION_TOKEN": token]))
        #expect(live.status == 0, "\(live.stderr)")
        let replay = try BinaryRunner.run(["--data", recording, "-o", "jsonl", "-c", query])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == live.stdout)
        let recorded = try String(contentsOfFile: recording, encoding: .utf8)
        for secret in [
            LiveAppFlowTests.secret, LiveAppFlowTests.accessKey, token, "Signature", "Authorization", "X-Amz",
        ] {
            #expect(!recorded.contains(secret), "the recording must not hold \(secret)")
        }
        #expect(recorded.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"afqRecording\":1,\"region\":") })
    }

    @Test func aRecordingThatCannotBeWrittenStopsBeforeAnyCall() throws {
        let appflow = try fake()
        let result = try BinaryRunner.run(
            [
                "--live", "--region", "us-east-1", "--endpoint-url", appflow.baseURL, "--record",
                home + "/missing/x.jsonl",
                "-c", "connectors | count",
            ],
            environment: environment())
        #expect(result.status == 3)
        #expect(result.stderr.contains("cannot write"))
        #expect(appflow.server.requests.isEmpty)
    }

    @Test func aConnectorThatCannotBeDescribedKeepsItsSummary() throws {
        let appflow = try fake { call in
            call.operation == "DescribeConnector" && call.body["connectorLabel"].stringValue == "stripe_payments"
                ? FakeAppFlow.error(404, "ResourceNotFoundException", "gone") : nil
        }
        let result = try BinaryRunner.run(
            [
                "--live", "--region", "eu-west-1", "--endpoint-url", appflow.baseURL, "-c",
                "connectors | where connectorLabel == \"stripe_payments\" | get connectorName",
            ],
            environment: environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Stripe\n")
        #expect(result.stderr.contains("ResourceNotFoundException"))
    }
}
