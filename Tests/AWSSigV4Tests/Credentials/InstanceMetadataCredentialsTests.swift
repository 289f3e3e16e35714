import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// EC2 instance metadata, IMDSv2 (docs/live.md, "Signing in"; AWS SDKs and Tools Reference
/// Guide, "IMDS credential provider"), over real HTTP on loopback via
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT`.
struct InstanceMetadataCredentialsTests {
    static let answer = #"""
        {"Code": "Success", "LastUpdated": "2030-01-01T00:00:00Z", "Type": "AWS-HMAC", "AccessKeyId": "ASIAIMDS",
         "SecretAccessKey": "imdssecret", "Token": "imdstoken", "Expiration": "2030-01-02T03:04:05Z"}
        """#

    static func metadataServer(credentials: String = answer, roles: Int = 200) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            switch (request.method, request.path) {
            case ("PUT", "/latest/api/token"):
                return .response(status: 200, headers: [:], body: "imds-session-token")
            case ("GET", "/latest/meta-data/iam/security-credentials/"):
                guard request.headers["x-aws-ec2-metadata-token"] == "imds-session-token" else {
                    return .response(status: 401, headers: [:], body: "")
                }
                return .response(status: roles, headers: [:], body: roles == 200 ? "afq-role\n" : "")
            case ("GET", "/latest/meta-data/iam/security-credentials/afq-role"):
                return .json(credentials)
            default:
                return .response(status: 404, headers: [:], body: "")
            }
        }
    }

    static func chain(_ folder: TemporaryFolder, _ server: String, _ extra: [String: String] = [:]) throws
        -> CredentialChain
    {
        var environment = ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": server + "/"]
        environment.merge(extra) { _, new in new }
        return try ChainFixture.chain(folder, environment, transport: CurlTransport())
    }

    @Test func fetchesATokenThenTheRoleThenTheCredentials() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.metadataServer()
        let credentials = try await Self.chain(folder, server.baseURL).resolve()
        #expect(credentials.accessKeyId == "ASIAIMDS")
        #expect(credentials.secretAccessKey.reveal() == "imdssecret")
        #expect(credentials.sessionToken?.reveal() == "imdstoken")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_553_445))
        #expect(credentials.source == .instanceMetadata(role: "afq-role"))
        let requests = server.requests
        #expect(
            requests.map { "\($0.method) \($0.path)" } == [
                "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
                "GET /latest/meta-data/iam/security-credentials/afq-role",
            ])
        #expect(requests.first?.headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600")
        #expect(requests.dropFirst().allSatisfy { $0.headers["x-aws-ec2-metadata-token"] == "imds-session-token" })
    }

    @Test func anInstanceWithoutARoleHasNoCredentials() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.metadataServer(roles: 404)
        guard case .notFound(_, let looked) = await ChainFixture.error(try Self.chain(folder, server.baseURL)) else {
            Issue.record("expected notFound")
            return
        }
        #expect(looked.last == "instance metadata at \(server.baseURL): the instance has no IAM role attached")
    }

    @Test func givesUpOnASlowServiceAfterOneSecond() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in
            .delayed(seconds: 4, .response(status: 200, headers: [:], body: "late"))
        }
        // The outcome, not the clock, shows the deadline worked: the service would have answered
        // "late" after 4 s; wall-clock bounds are not asserted (machines and test loads vary).
        guard case .notFound(_, let looked) = await ChainFixture.error(try Self.chain(folder, server.baseURL)) else {
            Issue.record("expected notFound")
            return
        }
        #expect(looked.last == "instance metadata at \(server.baseURL): no answer within 1 s")
    }

    @Test func honoursTheTimeoutSetting() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in
            .delayed(seconds: 4, .response(status: 200, headers: [:], body: "late"))
        }
        guard
            case .notFound(_, let looked) = await ChainFixture.error(
                try Self.chain(folder, server.baseURL, ["AWS_METADATA_SERVICE_TIMEOUT": "2"]))
        else {
            Issue.record("expected notFound")
            return
        }
        #expect(looked.last == "instance metadata at \(server.baseURL): no answer within 2 s")
    }

    @Test(arguments: [("0.5", 1.0), ("0", 1.0), ("x", 1.0), ("3", 3.0)])
    func readsTheTimeoutInWholeSeconds(_ value: String, _ seconds: Double) throws {
        let provider = InstanceMetadataCredentialsProvider(
            environment: ["AWS_METADATA_SERVICE_TIMEOUT": value], profile: nil, transport: RecordingTransport())
        #expect(provider.timeout == seconds)
    }

    @Test func isNotAskedWhenDisabled() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.metadataServer()
        let error = await ChainFixture.error(
            try Self.chain(folder, server.baseURL, ["AWS_EC2_METADATA_DISABLED": "TRUE"]))
        guard case .notFound(_, let looked) = error else {
            Issue.record("expected notFound")
            return
        }
        #expect(looked.last == "instance metadata: disabled by AWS_EC2_METADATA_DISABLED")
        #expect(server.requests.isEmpty)
    }

    @Test func ignoresAnUnsuccessfulOrMalformedAnswerWithoutQuotingIt() async throws {
        let folder = try TemporaryFolder()
        let failing = try Self.metadataServer(
            credentials: #"{"Code": "AssumeRoleUnauthorizedAccess", "AccessKeyId": "A", "SecretAccessKey": "leaky"}"#)
        guard case .notFound(_, let looked) = await ChainFixture.error(try Self.chain(folder, failing.baseURL)) else {
            Issue.record("expected notFound")
            return
        }
        #expect(
            looked.last
                == "instance metadata at \(failing.baseURL): the answer for role afq-role has Code AssumeRoleUnauthorizedAccess"
        )
        let malformed = try Self.metadataServer(credentials: #"{"AccessKeyId": "A", "Secret": "leaky"}"#)
        let error = await ChainFixture.error(try Self.chain(folder, malformed.baseURL))
        #expect(
            error?.description.contains("the answer for role afq-role is not the expected credentials JSON") == true)
        #expect(error?.description.contains("leaky") == false)
    }

    @Test func choosesItsEndpoint() throws {
        func endpoint(_ environment: [String: String], config: String = "[default]\n") throws -> String {
            InstanceMetadataCredentialsProvider(
                environment: environment, profile: try ProfileFixture.profile(config: config),
                transport: RecordingTransport()
            ).endpoint
        }
        #expect(try endpoint([:]) == "http://169.254.169.254")
        #expect(try endpoint(["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"]) == "http://[fd00:ec2::254]")
        #expect(
            try endpoint([:], config: "[default]\nec2_metadata_service_endpoint = http://10.0.0.1/\n")
                == "http://10.0.0.1")
    }
}
