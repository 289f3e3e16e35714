import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// Web identity in the credential chain, against `FakeSTS` over real HTTP: from the
/// environment and from a profile, unsigned, the token file read at every resolution, and
/// errors that name the file but never the token.
struct WebIdentityChainTests {
    static let rotatedToken = "eyJhbGciOiJSUzI1NiJ9.eyJyb3RhdGVkIjp0cnVlfQ.bmV3LXNpZ25hdHVyZQ"

    static func fake() throws -> FakeSTS {
        try STSFixture.fake { $0.webIdentityTokens = [STSFixture.webToken, rotatedToken] }
    }

    @Test func exchangesTheTokenNamedByTheEnvironment() async throws {
        let folder = try TemporaryFolder()
        let sts = try Self.fake()
        let tokenFile = try folder.write("token", STSFixture.webToken + "\n")
        try folder.write("credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        let environment = [
            "AWS_ENDPOINT_URL_STS": sts.baseURL, "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile,
            "AWS_ROLE_ARN": STSFixture.readRole, "AWS_ROLE_SESSION_NAME": "ci-build-17",
        ]
        let credentials = try await ChainFixture.chain(folder, environment, transport: CurlTransport()).resolve()
        #expect(credentials.source == .webIdentity(roleArn: STSFixture.readRole))
        #expect(credentials.accountId == "444455556666")
        let call = try #require(sts.calls.first)
        #expect(call.action == "AssumeRoleWithWebIdentity")
        #expect(!call.wasSigned)
        #expect(call.parameters["WebIdentityToken"] == STSFixture.webToken)
        #expect(call.parameters["RoleArn"] == STSFixture.readRole)
        #expect(call.parameters["RoleSessionName"] == "ci-build-17")
    }

    @Test func aProfileWithATokenFileAndARoleIsWebIdentity() async throws {
        let folder = try TemporaryFolder()
        let sts = try Self.fake()
        let tokenFile = try folder.write("token", STSFixture.webToken)
        try folder.write(
            "config",
            "[profile eks]\nweb_identity_token_file = \(tokenFile)\nrole_arn = \(STSFixture.readRole)\n"
                + "role_session_name = pod-1\n")
        var chain = try ChainFixture.chain(
            folder, ["AWS_ENDPOINT_URL_STS": sts.baseURL], profile: "eks", transport: CurlTransport())
        chain.now = ManualClock().reader
        let credentials = try await chain.resolve()
        #expect(credentials.source == .webIdentity(roleArn: STSFixture.readRole))
        #expect(sts.calls.map(\.action) == ["AssumeRoleWithWebIdentity"])
        #expect(sts.calls.first?.parameters["RoleSessionName"] == "pod-1")
        #expect(sts.server.requests.first?.headers["authorization"] == nil)

        try folder.write(
            "config", "[profile eks]\nweb_identity_token_file = \(tokenFile)\nrole_arn = \(STSFixture.readRole)\n")
        chain = try ChainFixture.chain(
            folder, ["AWS_ENDPOINT_URL_STS": sts.baseURL], profile: "eks", transport: CurlTransport())
        chain.now = ManualClock().reader
        _ = try await chain.resolve()
        #expect(sts.calls.last?.parameters["RoleSessionName"] == "afq-1796616908")
    }

    @Test func readsTheTokenFileAgainAtEveryResolution() async throws {
        let folder = try TemporaryFolder()
        let sts = try Self.fake()
        let tokenFile = try folder.write("token", STSFixture.webToken)
        let environment = [
            "AWS_ENDPOINT_URL_STS": sts.baseURL, "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile,
            "AWS_ROLE_ARN": STSFixture.readRole,
        ]
        let chain = try ChainFixture.chain(folder, environment, transport: CurlTransport())
        _ = try await chain.resolve()
        try folder.write("token", Self.rotatedToken)
        _ = try await chain.resolve()
        #expect(sts.calls.map { $0.parameters["WebIdentityToken"] } == [STSFixture.webToken, Self.rotatedToken])
    }

    @Test func environmentVariablesWinOverProfileSettings() async throws {
        let folder = try TemporaryFolder()
        let sts = try Self.fake()
        let profileToken = try folder.write("profile-token", "not-accepted")
        let environmentToken = try folder.write("env-token", STSFixture.webToken)
        try folder.write(
            "config", "[default]\nweb_identity_token_file = \(profileToken)\nrole_arn = \(STSFixture.adminRole)\n")
        let environment = [
            "AWS_ENDPOINT_URL_STS": sts.baseURL, "AWS_WEB_IDENTITY_TOKEN_FILE": environmentToken,
            "AWS_ROLE_ARN": STSFixture.readRole,
        ]
        _ = try await ChainFixture.chain(folder, environment, transport: CurlTransport()).resolve()
        #expect(sts.calls.first?.parameters["WebIdentityToken"] == STSFixture.webToken)
        #expect(sts.calls.first?.parameters["RoleArn"] == STSFixture.readRole)
    }

    @Test func aSourceProfileMayUseWebIdentity() async throws {
        let folder = try TemporaryFolder()
        let sts = try Self.fake()
        let tokenFile = try folder.write("token", STSFixture.webToken)
        try folder.write(
            "config",
            """
            [profile ci]
            web_identity_token_file = \(tokenFile)
            role_arn = \(STSFixture.readRole)
            [profile audit]
            role_arn = \(STSFixture.otherRole)
            source_profile = ci

            """)
        let chain = try ChainFixture.chain(
            folder, ["AWS_ENDPOINT_URL_STS": sts.baseURL], profile: "audit", transport: CurlTransport())
        let credentials = try await chain.resolve()
        #expect(sts.calls.map(\.action) == ["AssumeRoleWithWebIdentity", "AssumeRole"])
        #expect(sts.calls.last?.callerArn?.hasPrefix("arn:aws:sts::444455556666:assumed-role/AppFlowRead/") == true)
        #expect(credentials.source == .assumedRole(roleArn: STSFixture.otherRole))
        #expect(credentials.accountId == "777788889999")
    }

    @Test func aMissingTokenFileIsNamed() async throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/var/run/secrets/token"
        let environment = ["AWS_WEB_IDENTITY_TOKEN_FILE": missing, "AWS_ROLE_ARN": STSFixture.readRole]
        let error = await ChainFixture.error(try ChainFixture.chain(folder, environment))
        #expect(
            error?.description
                == "web identity token file \(missing) (from AWS_WEB_IDENTITY_TOKEN_FILE): no such file; check the path, or unset the setting"
        )
    }

    @Test func unusableTokenFilesAreRefusedWithoutTheirContent() async throws {
        let folder = try TemporaryFolder()
        let secretish = "secret-token-content"
        let cases: [(String, String)] = [
            (" \n", "it is empty; the token has not been written yet"),
            (secretish + String(repeating: "x", count: 64 * 1024), "it is larger than 65536 bytes; it is not a token"),
        ]
        for (content, problem) in cases {
            let file = try folder.write("token", content)
            try folder.write(
                "config", "[profile eks]\nweb_identity_token_file = \(file)\nrole_arn = \(STSFixture.readRole)\n")
            let error = await ChainFixture.error(try ChainFixture.chain(folder, profile: "eks"))
            #expect(
                error
                    == .webIdentityTokenFile(
                        path: file, origin: "web_identity_token_file of profile eks", problem: problem))
            #expect(error?.description.contains(secretish) == false)
        }
        let error = await ChainFixture.error(
            try ChainFixture.chain(
                folder, ["AWS_WEB_IDENTITY_TOKEN_FILE": folder.path, "AWS_ROLE_ARN": STSFixture.readRole]))
        #expect(error?.description.hasSuffix("it is a folder, not a token file") == true)
    }

    @Test func aTokenFileWithoutARoleIsAConfigurationError() async throws {
        let folder = try TemporaryFolder()
        let tokenFile = try folder.write("token", STSFixture.webToken)
        let error = await ChainFixture.error(try ChainFixture.chain(folder, ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile]))
        #expect(
            error
                == .roleConfiguration(
                    profile: "default",
                    problem:
                        "web identity needs a role to assume: AWS_WEB_IDENTITY_TOKEN_FILE is set but neither AWS_ROLE_ARN nor role_arn; set one of them"
                ))
    }

    @Test func aRejectedTokenIsAnSTSErrorWithoutTheToken() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let tokenFile = try folder.write("token", Self.rotatedToken)
        let environment = [
            "AWS_ENDPOINT_URL_STS": sts.baseURL, "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile,
            "AWS_ROLE_ARN": STSFixture.readRole,
        ]
        let error = await ChainFixture.error(try ChainFixture.chain(folder, environment, transport: CurlTransport()))
        let description = try #require(error?.description)
        #expect(
            description.hasPrefix(
                "AssumeRoleWithWebIdentity of \(STSFixture.readRole) failed: HTTP 400 InvalidIdentityToken: "))
        var rendered = description + String(reflecting: error)
        dump(error, to: &rendered)
        #expect(!rendered.contains(Self.rotatedToken))
        #expect(!rendered.contains("bmV3LXNpZ25hdHVyZQ"))
    }

    @Test func webIdentityComesBeforeTheCredentialsFile() async throws {
        let folder = try TemporaryFolder()
        let sts = try Self.fake()
        let tokenFile = try folder.write("token", STSFixture.webToken)
        try folder.write("credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        let environment = [
            "AWS_ENDPOINT_URL_STS": sts.baseURL, "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile,
            "AWS_ROLE_ARN": STSFixture.readRole,
        ]
        let credentials = try await ChainFixture.chain(folder, environment, transport: CurlTransport()).resolve()
        #expect(credentials.source == .webIdentity(roleArn: STSFixture.readRole))
    }
}
