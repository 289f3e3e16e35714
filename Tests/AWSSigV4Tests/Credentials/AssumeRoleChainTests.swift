import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// Assume role in the credential chain, against `FakeSTS` over real HTTP: `source_profile`
/// chains, `credential_source`, the optional settings, MFA, the STS endpoint, and the errors.
struct AssumeRoleChainTests {
    /// The IAM user's keys in the credentials file as profile `base`.
    static let baseCredentials =
        "[base]\naws_access_key_id = \(STSFixture.userKey)\naws_secret_access_key = \(STSFixture.userSecret)\n"

    /// A chain over `config`, with STS at `sts` and the fixture's clock.
    static func chain(
        _ folder: TemporaryFolder, config: String, credentials: String = baseCredentials, profile: String?,
        sts: FakeSTS, environment: [String: String] = [:], clock: ManualClock = ManualClock(),
        mfaCode: CredentialChain.MFACodePrompt? = nil
    ) throws -> CredentialChain {
        try folder.write("config", config)
        try folder.write("credentials", credentials)
        var extra = ["AWS_ENDPOINT_URL_STS": sts.baseURL]
        extra.merge(environment) { _, new in new }
        var chain = try ChainFixture.chain(
            folder, extra, profile: profile, transport: CurlTransport(), mfaCode: mfaCode)
        chain.now = clock.reader
        return chain
    }

    @Test func assumesARoleWithTheKeysOfItsSourceProfile() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = "[profile read]\nrole_arn = \(STSFixture.readRole)\nsource_profile = base\n"
        let credentials = try await Self.chain(folder, config: config, profile: "read", sts: sts).resolve()
        #expect(credentials.source == .assumedRole(roleArn: STSFixture.readRole))
        #expect(credentials.accountId == "444455556666")
        #expect(credentials.accessKeyId == sts.issued.first?.accessKey)
        #expect(credentials.isTemporary)
        let call = try #require(sts.calls.first)
        #expect(call.action == "AssumeRole")
        #expect(call.accessKey == STSFixture.userKey)
        #expect(call.region == "us-east-1")
        #expect(call.parameters["RoleSessionName"] == "afq-1796616908")
        #expect(call.parameters["ExternalId"] == nil)
        #expect(call.parameters["DurationSeconds"] == nil)
        #expect(sts.calls.count == 1)
    }

    @Test func followsAChainOfThreeRoles() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = """
            [profile one]
            role_arn = \(STSFixture.readRole)
            source_profile = base
            [profile two]
            role_arn = \(STSFixture.adminRole)
            source_profile = one
            role_session_name = second
            [profile three]
            role_arn = \(STSFixture.otherRole)
            source_profile = two

            """
        let credentials = try await Self.chain(folder, config: config, profile: "three", sts: sts).resolve()
        #expect(
            sts.calls.map { $0.parameters["RoleArn"] } == [
                STSFixture.readRole, STSFixture.adminRole, STSFixture.otherRole,
            ])
        #expect(
            sts.calls.map(\.callerArn) == [
                STSFixture.userArn, "arn:aws:sts::444455556666:assumed-role/AppFlowRead/afq-1796616908",
                "arn:aws:sts::444455556666:assumed-role/Admin/second",
            ])
        #expect(credentials.source == .assumedRole(roleArn: STSFixture.otherRole))
        #expect(credentials.accountId == "777788889999")
        #expect(credentials.accessKeyId == sts.issued.last?.accessKey)
    }

    @Test func aProfileNamingItselfUsesItsOwnKeys() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = "[profile solo]\nrole_arn = \(STSFixture.readRole)\nsource_profile = solo\n"
        let keys =
            "[solo]\naws_access_key_id = \(STSFixture.userKey)\naws_secret_access_key = \(STSFixture.userSecret)\n"
        let credentials = try await Self.chain(folder, config: config, credentials: keys, profile: "solo", sts: sts)
            .resolve()
        #expect(credentials.source == .assumedRole(roleArn: STSFixture.readRole))
        #expect(sts.calls.map(\.accessKey) == [STSFixture.userKey])
    }

    @Test(arguments: [
        (
            "[profile a]\nrole_arn = R\nsource_profile = b\n[profile b]\nrole_arn = R\nsource_profile = a\n",
            ["a", "b", "a"]
        ),
        ("[profile a]\nrole_arn = R\nsource_profile = a\n", ["a", "a"]),
        (
            "[profile a]\nrole_arn = R\nsource_profile = b\n[profile b]\nrole_arn = R\nsource_profile = c\n"
                + "[profile c]\nrole_arn = R\nsource_profile = b\n", ["a", "b", "c", "b"]
        ),
    ])
    func aCycleOfSourceProfilesNamesTheProfilesInOrder(_ config: String, _ cycle: [String]) async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "a", sts: sts))
        #expect(error == .sourceProfileCycle(profiles: cycle))
        #expect(
            error?.description
                == "the source_profile settings form a cycle: \(cycle.joined(separator: " → ")); give one of these "
                + "profiles keys, a credential_process or a credential_source instead")
        #expect(sts.calls.isEmpty)
    }

    @Test func boundsTheLengthOfTheChain() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        var config = ""
        for index in 0..<40 { config += "[profile p\(index)]\nrole_arn = R\nsource_profile = p\(index + 1)\n" }
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "p0", sts: sts))
        #expect(
            error
                == .roleConfiguration(
                    profile: "p0",
                    problem: "its source_profile chain is longer than 32 profiles (p0 → p1 → p2 → p3 → …); shorten it"))
        #expect(sts.calls.isEmpty)
    }

    @Test func credentialSourceEnvironmentUsesTheEnvironmentKeysEvenWithProfile() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = "[profile ops]\nrole_arn = \(STSFixture.readRole)\ncredential_source = Environment\n"
        let environment = ["AWS_ACCESS_KEY_ID": STSFixture.userKey, "AWS_SECRET_ACCESS_KEY": STSFixture.userSecret]
        let chain = try Self.chain(folder, config: config, profile: "ops", sts: sts, environment: environment)
        let credentials = try await chain.resolve()
        #expect(credentials.source == .assumedRole(roleArn: STSFixture.readRole))
        #expect(sts.calls.first?.accessKey == STSFixture.userKey)

        let bare = try Self.chain(folder, config: config, profile: "ops", sts: sts)
        let error = await ChainFixture.error(bare)
        #expect(
            error?.description
                == "credential_source Environment of profile ops: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set; set them"
        )
    }

    @Test func credentialSourceEcsContainerUsesTheContainerEndpoint() async throws {
        let folder = try TemporaryFolder()
        let container = try LoopbackHTTPServer { _ in .json(ContainerCredentialsTests.answer) }
        let sts = try STSFixture.fake {
            $0.users.append(
                FakeSTS.User(
                    accessKey: "ASIACONTAINER", secret: "containersecret",
                    arn: "arn:aws:sts::111122223333:assumed-role/TaskRole/task"))
        }
        let config = "[profile task]\nrole_arn = \(STSFixture.readRole)\ncredential_source = EcsContainer\n"
        let chain = try Self.chain(
            folder, config: config, profile: "task", sts: sts,
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": container.baseURL + "/creds"])
        #expect(try await chain.resolve().source == .assumedRole(roleArn: STSFixture.readRole))
        #expect(sts.calls.first?.accessKey == "ASIACONTAINER")
        #expect(sts.server.requests.first?.headers["x-amz-security-token"] == "containertoken")
    }

    @Test func credentialSourceEc2InstanceMetadataSaysWhenItIsOff() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = "[profile box]\nrole_arn = \(STSFixture.readRole)\ncredential_source = Ec2InstanceMetadata\n"
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "box", sts: sts))
        #expect(
            error
                == .credentialSource(
                    profile: "box", source: "Ec2InstanceMetadata",
                    problem: "instance metadata is disabled by AWS_EC2_METADATA_DISABLED; unset it"))
    }

    @Test func sendsExternalIdSessionNameAndDuration() async throws {
        let folder = try TemporaryFolder()
        let clock = ManualClock()
        let sts = try STSFixture.fake(clock: clock) { $0.externalIds[STSFixture.readRole] = "corp-7" }
        let config = """
            [profile read]
            role_arn = \(STSFixture.readRole)
            source_profile = base
            external_id = corp-7
            role_session_name = nightly@afq
            duration_seconds = 7200

            """
        let credentials = try await Self.chain(folder, config: config, profile: "read", sts: sts, clock: clock)
            .resolve()
        let call = try #require(sts.calls.first)
        #expect(call.parameters["ExternalId"] == "corp-7")
        #expect(call.parameters["RoleSessionName"] == "nightly@afq")
        #expect(call.parameters["DurationSeconds"] == "7200")
        #expect(credentials.expiration == clock.now.addingTimeInterval(7200))
    }

    @Test(arguments: ["600", "43201", "1h", "-1"])
    func refusesADurationOutOfRange(_ duration: String) async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config =
            "[profile read]\nrole_arn = \(STSFixture.readRole)\nsource_profile = base\nduration_seconds = \(duration)\n"
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "read", sts: sts))
        #expect(
            error
                == .roleConfiguration(
                    profile: "read",
                    problem:
                        "duration_seconds must be a whole number of seconds from 900 to 43200, not \(duration); fix or remove it"
                ))
        #expect(sts.calls.isEmpty)
    }

    @Test(arguments: [
        ("source_profile = base\ncredential_source = Environment", "both source_profile and credential_source"),
        ("", "role_arn needs the credentials to assume it with"),
        (
            "credential_source = environment",
            "credential_source environment is not one of Environment, Ec2InstanceMetadata, EcsContainer"
        ),
        ("source_profile = nowhere", "its source_profile nowhere is in neither"),
    ])
    func refusesRoleSettingsThatCannotWork(_ settings: String, _ problem: String) async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = "[profile read]\nrole_arn = \(STSFixture.readRole)\n\(settings)\n"
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "read", sts: sts))
        let (profile, text) = try #require(Self.roleConfiguration(error), "\(String(describing: error))")
        #expect(profile == "read")
        #expect(text.contains(problem), "\(text)")
        #expect(sts.calls.isEmpty)
    }

    static func roleConfiguration(_ error: CredentialsError?) -> (profile: String, problem: String)? {
        if case .roleConfiguration(let profile, let problem) = error { return (profile, problem) }
        return nil
    }

    @Test func aSourceProfileWithoutCredentialsIsNamed() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config =
            "[profile read]\nrole_arn = \(STSFixture.readRole)\nsource_profile = empty\n[profile empty]\nregion = eu-west-1\n"
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "read", sts: sts))
        #expect(
            error?.description
                == "profile empty: it is a source_profile but has no credentials; give it aws_access_key_id and "
                + "aws_secret_access_key, a credential_process, or a role_arn of its own")
    }

    @Test func asksForTheMFACodeAndSendsIt() async throws {
        let folder = try TemporaryFolder()
        let serial = "arn:aws:iam::111122223333:mfa/alice"
        let sts = try STSFixture.fake { $0.mfa[STSFixture.adminRole] = (serial: serial, code: "123456") }
        let config =
            "[profile admin]\nrole_arn = \(STSFixture.adminRole)\nsource_profile = base\nmfa_serial = \(serial)\n"
        let asked = Recorder()
        let chain = try Self.chain(
            folder, config: config, profile: "admin", sts: sts,
            mfaCode: { serial in
                asked.append(serial)
                return " 123456\n"
            })
        #expect(try await chain.resolve().source == .assumedRole(roleArn: STSFixture.adminRole))
        #expect(asked.values == [serial])
        #expect(sts.calls.first?.parameters["SerialNumber"] == serial)
        #expect(sts.calls.first?.parameters["TokenCode"] == "123456")
    }

    @Test func withoutATerminalAnMFARoleSaysWhatToDo() async throws {
        let folder = try TemporaryFolder()
        let serial = "arn:aws:iam::111122223333:mfa/alice"
        let sts = try STSFixture.fake()
        let config =
            "[profile admin]\nrole_arn = \(STSFixture.adminRole)\nsource_profile = base\nmfa_serial = \(serial)\n"
        let noPrompt = try Self.chain(folder, config: config, profile: "admin", sts: sts)
        let error = await ChainFixture.error(noPrompt)
        #expect(error == .mfaCodeUnavailable(profile: "admin", serial: serial))
        #expect(
            error?.description == """
                profile admin needs an MFA code for \(serial) (mfa_serial) and afq has no terminal to ask for it on; \
                run afq in a terminal, or let the AWS CLI v2 supply the credentials through a profile of its own and \
                select that one with --profile:
                  [profile admin-afq]
                  credential_process = aws configure export-credentials --profile admin --format process
                """)
        let noAnswer = try Self.chain(folder, config: config, profile: "admin", sts: sts, mfaCode: { _ in nil })
        #expect(await ChainFixture.error(noAnswer) == .mfaCodeUnavailable(profile: "admin", serial: serial))
        #expect(sts.calls.isEmpty)
    }

    @Test func theSTSEndpointComesFromAServicesSection() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = """
            [profile read]
            role_arn = \(STSFixture.readRole)
            source_profile = base
            region = ap-southeast-2
            services = local

            [services local]
            sts =
              endpoint_url = \(sts.baseURL)

            """
        try folder.write("config", config)
        try folder.write("credentials", Self.baseCredentials)
        let chain = try ChainFixture.chain(folder, profile: "read", transport: CurlTransport())
        #expect(try await chain.resolve().source == .assumedRole(roleArn: STSFixture.readRole))
        #expect(sts.calls.first?.region == "ap-southeast-2")
    }

    @Test func signsForTheEnvironmentRegionFirst() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config =
            "[profile read]\nrole_arn = \(STSFixture.readRole)\nsource_profile = base\nregion = ap-southeast-2\n"
        for (environment, region) in [
            (["AWS_REGION": "eu-west-2", "AWS_DEFAULT_REGION": "eu-west-3"], "eu-west-2"),
            (["AWS_DEFAULT_REGION": "eu-west-3"], "eu-west-3"),
        ] {
            _ = try await Self.chain(folder, config: config, profile: "read", sts: sts, environment: environment)
                .resolve()
            #expect(sts.calls.last?.region == region)
        }
    }

    @Test func stsIsRegionalByDefault() throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile read]\nrole_arn = R\nsource_profile = base\nregion = eu-central-1\n")
        let chain = try ChainFixture.chain(folder, profile: "read")
        let client = try chain.stsClient()
        #expect(client.endpoint.baseURL == "https://sts.eu-central-1.amazonaws.com")
        #expect(client.signingRegion == "eu-central-1")
        try folder.write("config", "[profile read]\nrole_arn = R\nsource_profile = base\n")
        #expect(
            try ChainFixture.chain(folder, profile: "read").stsClient().endpoint.baseURL
                == "https://sts.us-east-1.amazonaws.com")
    }

    @Test func environmentKeysWinOverARoleProfileChosenByAWSProfile() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake()
        let config = "[profile read]\nrole_arn = \(STSFixture.readRole)\nsource_profile = base\n"
        let environment = ["AWS_PROFILE": "read", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"]
        let chain = try Self.chain(folder, config: config, profile: nil, sts: sts, environment: environment)
        #expect(try await chain.resolve().source == .environment)
        #expect(sts.calls.isEmpty)
    }

    @Test func aDeniedRoleNamesCallerAndRoleWithoutSecrets() async throws {
        let folder = try TemporaryFolder()
        let sts = try STSFixture.fake { $0.denied = [(caller: "*", role: STSFixture.adminRole)] }
        let config = """
            [profile one]
            role_arn = \(STSFixture.readRole)
            source_profile = base
            [profile two]
            role_arn = \(STSFixture.adminRole)
            source_profile = one

            """
        let error = await ChainFixture.error(try Self.chain(folder, config: config, profile: "two", sts: sts))
        let description = try #require(error?.description)
        #expect(
            description.hasPrefix(
                "AssumeRole of \(STSFixture.adminRole) failed: HTTP 403 AccessDenied: User: "
                    + "arn:aws:sts::444455556666:assumed-role/AppFlowRead/afq-1796616908 is not authorized to perform: "
                    + "sts:AssumeRole on resource: \(STSFixture.adminRole)"))
        var rendered = description + String(reflecting: error)
        dump(error, to: &rendered)
        let issued = try #require(sts.issued.first)
        for secret in [STSFixture.userSecret, issued.secret, issued.sessionToken] {
            #expect(!rendered.contains(secret))
        }
    }

    @Test func aBadSTSEndpointIsAConfigurationError() async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile read]\nrole_arn = R\nsource_profile = base\n")
        try folder.write("credentials", Self.baseCredentials)
        let chain = try ChainFixture.chain(folder, ["AWS_ENDPOINT_URL_STS": "sts.local"], profile: "read")
        let error = await ChainFixture.error(chain)
        #expect(error == .configuration(.invalidEndpointURL(value: "sts.local", origin: "AWS_ENDPOINT_URL_STS")))
    }
}

/// Collects values from `@Sendable` closures.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    var values: [String] { lock.withLock { stored } }

    func append(_ value: String) { lock.withLock { stored.append(value) } }
}
