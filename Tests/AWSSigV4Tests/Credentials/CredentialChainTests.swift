import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// The order of the chain (botocore's), the profiles it refuses, and where it says it looked.
struct CredentialChainTests {
    static let keys = ["AWS_ACCESS_KEY_ID": "AKIDENV1", "AWS_SECRET_ACCESS_KEY": "envsecret"]
    static let devCredentials = "[dev]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n"

    @Test func readsTheEnvironment() async throws {
        let folder = try TemporaryFolder()
        var environment = Self.keys
        environment["AWS_SESSION_TOKEN"] = "envtoken"
        environment["AWS_CREDENTIAL_EXPIRATION"] = "2030-01-02T03:04:05Z"
        let credentials = try await ChainFixture.chain(folder, environment).resolve()
        #expect(credentials.accessKeyId == "AKIDENV1")
        #expect(credentials.secretAccessKey.reveal() == "envsecret")
        #expect(credentials.sessionToken?.reveal() == "envtoken")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_553_445))
        #expect(credentials.source == .environment)
    }

    @Test func acceptsTheLegacyTokenName() async throws {
        let folder = try TemporaryFolder()
        var environment = Self.keys
        environment["AWS_SECURITY_TOKEN"] = "legacy"
        #expect(try await ChainFixture.chain(folder, environment).resolve().sessionToken?.reveal() == "legacy")
    }

    @Test func environmentKeysWinOverAProfileFromAWSProfile() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", Self.devCredentials)
        var environment = Self.keys
        environment["AWS_PROFILE"] = "dev"
        #expect(try await ChainFixture.chain(folder, environment).resolve().source == .environment)
    }

    @Test func anExplicitProfileSkipsEnvironmentKeys() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", Self.devCredentials)
        let credentials = try await ChainFixture.chain(folder, Self.keys, profile: "dev").resolve()
        #expect(credentials.accessKeyId == "AKIDFILE")
        #expect(credentials.source == .profile(name: "dev", file: folder.path + "/credentials"))
        #expect(credentials.source.description == "profile dev in \(folder.path)/credentials")
    }

    @Test func readsATemporaryKeyFromTheCredentialsFile() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", Self.devCredentials + "aws_session_token = filetoken\n")
        let credentials = try await ChainFixture.chain(folder, ["AWS_PROFILE": "dev"]).resolve()
        #expect(credentials.sessionToken?.reveal() == "filetoken")
        #expect(credentials.isTemporary)
    }

    @Test func theCredentialsFileComesBeforeCredentialProcessAndConfigKeys() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", Self.devCredentials)
        try folder.write(
            "config",
            "[profile dev]\ncredential_process = /nonexistent/never-run\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n"
        )
        #expect(try await ChainFixture.chain(folder, profile: "dev").resolve().accessKeyId == "AKIDFILE")
    }

    @Test func readsStaticKeysFromTheConfigFileLast() async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = configsecret\n")
        let credentials = try await ChainFixture.chain(folder).resolve()
        #expect(credentials.accessKeyId == "AKIDCONFIG")
        #expect(credentials.source == .profile(name: "default", file: folder.path + "/config"))
    }

    @Test func halfAKeyPairIsAnError() async throws {
        let folder = try TemporaryFolder()
        let error = await ChainFixture.error(try ChainFixture.chain(folder, ["AWS_ACCESS_KEY_ID": "AKID"]))
        #expect(
            error?.description
                == "the environment has AWS_ACCESS_KEY_ID but not AWS_SECRET_ACCESS_KEY; set both or neither")
        try folder.write("credentials", "[default]\naws_secret_access_key = onlysecret\n")
        let fileError = await ChainFixture.error(try ChainFixture.chain(folder))
        #expect(
            fileError?.description
                == "profile default in \(folder.path)/credentials has aws_secret_access_key but not aws_access_key_id; set both or neither"
        )
    }

    @Test(arguments: [
        ("sso_session = corp\nsso_account_id = 1\nsso_role_name = R", "no [sso-session corp] section"),
        ("sso_start_url = https://x.awsapps.com/start", "has no sso_region"),
        ("sso_region = us-east-1", "has no sso_start_url"),
    ])
    func ssoProfilesComeBeforeTheCredentialsFile(_ settings: String, _ problem: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile work]\n\(settings)\n")
        try folder.write("credentials", "[work]\naws_access_key_id = AKID\naws_secret_access_key = s\n")
        let error = await ChainFixture.error(try ChainFixture.chain(folder, profile: "work"))
        #expect(error?.description.contains(problem) == true, "\(String(describing: error))")
    }

    @Test func refusesConsoleLoginAfterTheCredentialsFile() async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile work]\nlogin_session = arn:aws:iam::1:user/u\n")
        let error = await ChainFixture.error(try ChainFixture.chain(folder, profile: "work"))
        #expect(error == .unsupportedProfile(profile: "work", setting: "login_session", kind: "console login"))
        #expect(error?.description.contains("credential_process = aws configure export-credentials") == true)
        try folder.write("credentials", "[work]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        #expect(try await ChainFixture.chain(folder, profile: "work").resolve().accessKeyId == "AKIDFILE")
    }

    @Test func anSSOProfileWithoutASignInSaysWhichCommandToRun() async throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "config",
            "[profile work]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n"
                + "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n")
        let error = await ChainFixture.error(try ChainFixture.chain(folder, ["AWS_PROFILE": "work"]))
        #expect(error?.description.contains("aws sso login --sso-session corp") == true, "\(String(describing: error))")
    }

    @Test func environmentKeysStillWinOverAnSSOProfile() async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile work]\nsso_session = corp\n")
        var environment = Self.keys
        environment["AWS_PROFILE"] = "work"
        #expect(try await ChainFixture.chain(folder, environment).resolve().source == .environment)
    }

    @Test func saysWhereItLookedWhenNothingIsFound() async throws {
        let folder = try TemporaryFolder()
        let transport = RecordingTransport()
        let error = await ChainFixture.error(try ChainFixture.chain(folder, transport: transport))
        #expect(
            error?.description == """
                no AWS credentials found for profile default; afq looked at:
                  - environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set
                  - assume role: profile default has no role_arn
                  - web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set and profile default has no web_identity_token_file
                  - IAM Identity Center: profile default has no sso_session or sso_start_url
                  - \(folder.path)/credentials: no such file
                  - credential_process: profile default has none
                  - \(folder.path)/config: no such file
                  - container endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set
                  - instance metadata: disabled by AWS_EC2_METADATA_DISABLED
                set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, add keys to a profile with `aws configure`, or choose another profile with --profile
                """)
        #expect(transport.requests.isEmpty)
    }

    @Test func saysWhichSectionsLackKeys() async throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[other]\n")
        try folder.write("config", "[profile dev]\nregion = us-east-1\n")
        guard
            case .notFound(let profile, let looked) = await ChainFixture.error(
                try ChainFixture.chain(folder, Self.keys, profile: "dev"))
        else {
            Issue.record("expected notFound")
            return
        }
        #expect(profile == "dev")
        #expect(
            Array(looked.prefix(7)) == [
                "environment keys: skipped because --profile dev was given",
                "assume role: profile dev has no role_arn",
                "web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set and profile dev has no web_identity_token_file",
                "IAM Identity Center: profile dev has no sso_session or sso_start_url",
                "\(folder.path)/credentials: no [dev] section",
                "credential_process: profile dev has none",
                "\(folder.path)/config: [profile dev] has no aws_access_key_id",
            ])
    }

    @Test func reportsAnUnreachableInstanceMetadataService() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServerFactory.closedPort()
        let chain = try ChainFixture.chain(
            folder, ["AWS_EC2_METADATA_DISABLED": "", "AWS_EC2_METADATA_SERVICE_ENDPOINT": server],
            transport: CurlTransport())
        guard case .notFound(_, let looked) = await ChainFixture.error(chain) else {
            Issue.record("expected notFound")
            return
        }
        #expect(looked.last?.hasPrefix("instance metadata at \(server): cannot connect") == true)
    }

    @Test func rejectsAMalformedExpiration() async throws {
        let folder = try TemporaryFolder()
        var environment = Self.keys
        environment["AWS_CREDENTIAL_EXPIRATION"] = "tomorrow"
        let error = await ChainFixture.error(try ChainFixture.chain(folder, environment))
        #expect(error == .invalidExpiration(source: "AWS_CREDENTIAL_EXPIRATION"))
    }
}
