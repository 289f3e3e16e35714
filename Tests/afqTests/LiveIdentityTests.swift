import AFQQuery
import AFQTestSupport
import Foundation
import Testing

/// `--live` from real AWS setups, end to end: the built binary signs in through fake STS, IAM
/// Identity Center and Organizations on loopback (real HTTP, signatures checked apart from
/// afq's signer) and reads a fake AppFlow, all reached through `AWS_ENDPOINT_URL_<SERVICE>`
/// (docs/live.md).
@Suite struct LiveIdentityTests {
    static let managementKey = "AKIAMANAGEMENT000001"
    static let managementSecret = "management-secret-key-0000000000000000001"
    static let managementAccount = "000011112222"
    static let other = (
        key: "AKIAOTHERUSER0000002", secret: "other-secret-key-00000000000000000000002", account: "333344445555"
    )

    let folder: TemporaryFolder
    var home: String { folder.path }

    init() throws {
        folder = try TemporaryFolder(prefix: "afq-identity")
        try folder.makeFolder(".aws")
    }

    /// STS, AppFlow (every AppFlow region but `missing`), and the environment pointing at them.
    struct World {
        let sts: FakeSTS
        let appflow: FakeAppFlow
        var environment: [String: String]
    }

    func world(
        roles: [String: String] = [:], missing: Set<String> = [], regions: [String] = ["us-east-1", "eu-west-1"],
        credentialLifetime: TimeInterval? = nil, delay: Double = 0, pageSize: Int = 100,
        otherKeys: @escaping @Sendable () -> SignatureVerifier = { SignatureVerifier(secrets: [:]) },
        fault: @escaping @Sendable (FakeAppFlow.Call) -> LoopbackHTTPServer.Reply? = { _ in nil }
    ) throws -> World {
        var configuration = FakeSTS.Configuration(
            users: [
                FakeSTS.User(
                    accessKey: Self.managementKey, secret: Self.managementSecret,
                    arn: "arn:aws:iam::\(Self.managementAccount):user/platform"),
                FakeSTS.User(
                    accessKey: Self.other.key, secret: Self.other.secret,
                    arn: "arn:aws:iam::\(Self.other.account):user/ci"),
            ], roles: roles)
        configuration.credentialLifetime = credentialLifetime
        let sts = try FakeSTS(configuration)
        let sample = try FakeAppFlow.sampleRegions()
        var data: [String: FakeAppFlow.RegionData] = [:]
        for region in regions where !missing.contains(region) { data[region] = sample["us-east-1"] }
        let appflow = try FakeAppFlow(
            regions: data,
            verifiers: {
                var known = sts.verifier
                let other = otherKeys()
                known.secrets.merge(other.secrets) { first, _ in first }
                known.tokens.merge(other.tokens) { first, _ in first }
                return known
            }, pageSize: pageSize, delay: { _ in delay }, fault: fault)
        let environment = [
            "HOME": home, "AWS_CONFIG_FILE": home + "/.aws/config",
            "AWS_SHARED_CREDENTIALS_FILE": home + "/.aws/credentials",
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "",
            "AWS_SESSION_TOKEN": "", "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "", "AWS_PROFILE": "",
            "AWS_ENDPOINT_URL": "", "AWS_ENDPOINT_URL_APPFLOW": appflow.baseURL, "AWS_ENDPOINT_URL_STS": sts.baseURL,
            "AWS_ENDPOINT_URL_ORGANIZATIONS": "", "AWS_WEB_IDENTITY_TOKEN_FILE": "", "AWS_ROLE_ARN": "",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "",
            "AWS_MAX_ATTEMPTS": "", "HTTPS_PROXY": "", "HTTP_PROXY": "", "https_proxy": "", "http_proxy": "",
        ]
        return World(sts: sts, appflow: appflow, environment: environment)
    }

    func write(config: String, credentials: String = "") throws {
        try config.write(toFile: home + "/.aws/config", atomically: true, encoding: .utf8)
        try credentials.write(toFile: home + "/.aws/credentials", atomically: true, encoding: .utf8)
    }

    static let managementKeys =
        "[base]\naws_access_key_id = \(managementKey)\naws_secret_access_key = \(managementSecret)\n"

    /// No secret the fakes issued or know appears in `texts`.
    func expectNoSecret(in texts: [String], world: World, extra: [String] = []) {
        let secrets =
            world.sts.issued.flatMap { [$0.secret, $0.sessionToken] } + [Self.managementSecret, Self.other.secret]
            + extra
        for text in texts {
            for secret in secrets where !secret.isEmpty {
                #expect(!text.contains(secret), "a secret was printed or written")
            }
        }
    }

    static let accounts =
        "connectors | group by $source.account as account, $source.region as region | sort by account, region"

    // MARK: - Assume role

    @Test func assumesARoleThroughAChainOfProfiles() throws {
        let first = "arn:aws:iam::111111111111:role/Hop"
        let last = "arn:aws:iam::222222222222:role/AppFlowRead"
        let world = try world(roles: [first: "111111111111", last: "222222222222"])
        try write(
            config: """
                [profile hop]
                role_arn = \(first)
                source_profile = base
                [profile reader]
                role_arn = \(last)
                source_profile = hop
                external_id = ext-42
                role_session_name = nightly-inventory
                duration_seconds = 1800
                """, credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "reader", "-o", "csv", "-c", Self.accounts], environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "account,region,count\n222222222222,us-east-1,26\n")
        let assumed = world.sts.calls.filter { $0.action == "AssumeRole" }
        #expect(assumed.map { $0.parameters["RoleArn"] } == [first, last])
        #expect(assumed.last?.parameters["ExternalId"] == "ext-42")
        #expect(assumed.last?.parameters["RoleSessionName"] == "nightly-inventory")
        #expect(assumed.last?.parameters["DurationSeconds"] == "1800")
        // The assumed role's ARN names its account: STS is not asked who it is.
        #expect(!world.sts.calls.contains { $0.action == "GetCallerIdentity" })
        expectNoSecret(in: [result.stdout, result.stderr], world: world)
    }

    @Test func aCycleOfSourceProfilesNamesTheProfiles() throws {
        let world = try world()
        try write(
            config: """
                [profile a]
                role_arn = arn:aws:iam::111111111111:role/A
                source_profile = b
                [profile b]
                role_arn = arn:aws:iam::111111111111:role/B
                source_profile = a
                """)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "a", "-c", "connectors | count"], environment: world.environment)
        #expect(result.status == 3)
        #expect(result.stderr.contains("a → b → a"), "\(result.stderr)")
        #expect(world.sts.calls.isEmpty)
    }

    @Test func anAccessDeniedRoleNamesTheRoleAndTheCaller() throws {
        let role = "arn:aws:iam::111111111111:role/Secret"
        let world = try world(roles: [role: "111111111111"])
        world.sts.configure { $0.denied = [(caller: "*", role: role)] }
        try write(config: "[profile r]\nrole_arn = \(role)\nsource_profile = base\n", credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "r", "-c", "connectors | count"], environment: world.environment)
        #expect(result.status == 3)
        #expect(result.stderr.contains("AccessDenied"), "\(result.stderr)")
        #expect(result.stderr.contains(role))
        #expect(result.stderr.contains("user/platform"))
    }

    /// With `mfa_serial`, afq asks for the code on the terminal (here a pseudo-terminal) and
    /// sends it with AssumeRole.
    @Test func asksForTheMFACodeOnTheTerminal() throws {
        let role = "arn:aws:iam::111111111111:role/Guarded"
        let serial = "arn:aws:iam::000011112222:mfa/platform"
        let world = try world(roles: [role: "111111111111"])
        world.sts.configure { $0.mfa = [role: (serial: serial, code: "123456")] }
        try write(
            config: "[profile guarded]\nrole_arn = \(role)\nsource_profile = base\nmfa_serial = \(serial)\n",
            credentials: Self.managementKeys)
        let session = try PTYSession(
            arguments: ["--live", "--profile", "guarded", "-c", "connectors | count"], home: home,
            extraEnvironment: world.environment)
        _ = try session.expect("Enter MFA code for \(serial): ")
        session.send("123456\r")
        _ = try session.expect("26")
        #expect(try session.waitForExit() == 0)
        #expect(world.sts.calls.first { $0.action == "AssumeRole" }?.parameters["TokenCode"] == "123456")
    }

    @Test func withoutATerminalAnMFAProfileSaysSo() throws {
        let role = "arn:aws:iam::111111111111:role/Guarded"
        let world = try world(roles: [role: "111111111111"])
        try write(
            config: "[profile guarded]\nrole_arn = \(role)\nsource_profile = base\nmfa_serial = arn:aws:iam::0:mfa/x\n",
            credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "guarded", "-c", "connectors | count"], environment: world.environment)
        #expect(result.status == 3)
        #expect(result.stderr.contains("MFA"), "\(result.stderr)")
        #expect(result.stderr.contains("terminal"))
    }

    // MARK: - Web identity

    @Test func webIdentityFromTheEnvironmentIsUnsigned() throws {
        let role = "arn:aws:iam::444444444444:role/CI"
        let world = try world(roles: [role: "444444444444"])
        world.sts.configure { $0.webIdentityTokens = ["eyJ.token.one"] }
        try write(config: "")
        let tokenFile = home + "/token"
        try "eyJ.token.one".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        var environment = world.environment
        environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = tokenFile
        environment["AWS_ROLE_ARN"] = role
        environment["AWS_ROLE_SESSION_NAME"] = "pipeline-7"
        let result = try BinaryRunner.run(["--live", "-o", "csv", "-c", Self.accounts], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("444444444444,us-east-1,26"))
        let call = try #require(world.sts.calls.first { $0.action == "AssumeRoleWithWebIdentity" })
        #expect(!call.wasSigned)
        #expect(call.parameters["RoleSessionName"] == "pipeline-7")
        expectNoSecret(in: [result.stdout, result.stderr], world: world, extra: ["eyJ.token.one"])
    }

    // MARK: - IAM Identity Center

    func ssoWorld() throws -> (World, FakeIdentityCenter) {
        let center = try FakeIdentityCenter(roles: [.init(accountId: "555566667777", roleName: "ReadOnly")])
        let world = try world(otherKeys: { center.verifier })
        try write(
            config: """
                [profile prod]
                sso_session = corp
                sso_account_id = 555566667777
                sso_role_name = ReadOnly
                region = us-east-1
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                """)
        var environment = world.environment
        environment.merge(center.endpointEnvironment) { _, new in new }
        return (World(sts: world.sts, appflow: world.appflow, environment: environment), center)
    }

    @Test func identityCenterCredentialsFromTheCachedToken() throws {
        let (world, center) = try ssoWorld()
        try center.login(
            home: home, ssoSession: "corp", startURL: "https://corp.awsapps.com/start", region: "us-east-1",
            expiresAt: Date().addingTimeInterval(3600))
        let result = try BinaryRunner.run(
            ["--live", "--profile", "prod", "-o", "csv", "-c", Self.accounts], environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("555566667777,us-east-1,26"))
        #expect(center.tokenRequests.isEmpty)
        expectNoSecret(in: [result.stdout, result.stderr], world: world, extra: center.issuedSecrets)
    }

    @Test func aTokenNearExpiryIsRefreshedAndTheCacheRewritten() throws {
        let (world, center) = try ssoWorld()
        let path = try center.login(
            home: home, ssoSession: "corp", startURL: "https://corp.awsapps.com/start", region: "us-east-1",
            expiresAt: Date().addingTimeInterval(120), registrationExpiresAt: Date().addingTimeInterval(86_400))
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "prod", "-c", "connectors | count"], environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(center.tokenRequests.count == 1)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after != before)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        expectNoSecret(in: [result.stdout, result.stderr], world: world, extra: center.issuedSecrets)
    }

    @Test func anExpiredTokenThatCannotBeRefreshedSaysWhichCommandToRun() throws {
        let (world, center) = try ssoWorld()
        center.refusesRefresh = true
        try center.login(
            home: home, ssoSession: "corp", startURL: "https://corp.awsapps.com/start", region: "us-east-1",
            expiresAt: Date().addingTimeInterval(-60), registrationExpiresAt: Date().addingTimeInterval(86_400))
        let result = try BinaryRunner.run(
            ["--live", "--profile", "prod", "-c", "connectors | count"], environment: world.environment)
        #expect(result.status == 3)
        #expect(result.stderr.contains("aws sso login --sso-session corp"), "\(result.stderr)")
        expectNoSecret(in: [result.stdout, result.stderr], world: world, extra: center.issuedSecrets)
    }

    // MARK: - Expiry, identity, many profiles

    /// Credentials that expire within the SDKs' 15-minute window during a fetch are fetched
    /// again before the next call is signed.
    @Test func credentialsThatExpireMidFetchAreRefreshed() throws {
        let role = "arn:aws:iam::111111111111:role/Short"
        // Fresh for a second, then inside the 15-minute window; every call takes 0.5 s.
        // Five pages of DescribeConnectors, one after the other, take 2.5 s.
        let world = try world(roles: [role: "111111111111"], credentialLifetime: 15 * 60 + 1, delay: 0.5, pageSize: 5)
        try write(config: "[profile r]\nrole_arn = \(role)\nsource_profile = base\n", credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "r", "--region", "us-east-1", "-c", "connectors | count"],
            environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "26\n")
        #expect(world.sts.calls.filter { $0.action == "AssumeRole" }.count >= 2)
        let keys = Set(
            world.appflow.server.requests.compactMap { $0.headers["authorization"]?.split(separator: "/").first })
        #expect(keys.count >= 2, "every call was signed with the first credentials")
    }

    @Test func staticKeysAskSTSWhoTheyAreOnceEach() throws {
        let world = try world()
        try write(
            config: "",
            credentials: Self.managementKeys
                + "[ci]\naws_access_key_id = \(Self.other.key)\naws_secret_access_key = \(Self.other.secret)\n")
        let result = try BinaryRunner.run(
            ["--live", "--profile", "base,ci", "--region", "us-east-1,eu-west-1", "-o", "csv", "-c", Self.accounts],
            environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                account,region,count
                000011112222,eu-west-1,26
                000011112222,us-east-1,26
                333344445555,eu-west-1,26
                333344445555,us-east-1,26

                """)
        #expect(world.sts.calls.filter { $0.action == "GetCallerIdentity" }.count == 2)
    }

    /// The shell's banner names the accounts read.
    @Test func theShellBannerNamesTheAccounts() throws {
        let world = try world()
        try write(
            config: "",
            credentials: Self.managementKeys
                + "[ci]\naws_access_key_id = \(Self.other.key)\naws_secret_access_key = \(Self.other.secret)\n")
        let session = try PTYSession(
            arguments: ["--live", "--profile", "base,ci", "--region", "us-east-1"], home: home,
            extraEnvironment: world.environment)
        _ = try session.expect(
            "live AppFlow: 52 connectors from 2 accounts (000011112222 (profile base), 333344445555 (profile ci)), "
                + "1 region (us-east-1) — .help for help")
        try session.expectPrompt()
        session.send(".quit\r")
        #expect(try session.waitForExit() == 0)
    }

    @Test func theLiveCommandNamesTheAccount() throws {
        let world = try world()
        try write(config: "", credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            [
                "--live", "--region", "eu-west-1", "--profile", "base", "-c", ".live --profile base --region us-east-1",
                "-c",
                "connectors | count",
            ], environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "live AppFlow: 26 connectors from account 000011112222 (profile base), 1 region (us-east-1)"),
            "\(result.stderr)")
        #expect(result.stdout == "26\n")
    }

    // MARK: - Regions

    @Test func everyRegionNotesAnOptInRegionNotEnabled() throws {
        let world = try world(missing: ["af-south-1"], regions: Self.appflowRegions)
        try write(config: "", credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "base", "--region", "all", "-c", "connectors | count"],
            environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(26 * 15)\n")
        #expect(result.stderr.contains("af-south-1 is an opt-in region"))
        // Named explicitly, the same region is an error.
        let named = try BinaryRunner.run(
            ["--live", "--profile", "base", "--region", "af-south-1,us-east-1", "-c", "connectors | count"],
            environment: world.environment)
        #expect(named.status == 3)
        #expect(named.stderr.contains("af-south-1"))
        #expect(named.stderr.contains("UnrecognizedClientException"))
    }

    static let appflowRegions = [
        "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
        "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2",
        "us-west-1", "us-west-2",
    ]

    /// A token bucket of 2 calls a second (burst 5) per (account, region), as AppFlow's quotas
    /// are: every call is eventually answered and nothing is given up.
    @Test func throttlingUnderATokenBucketLosesNoCall() throws {
        let buckets = TokenBuckets(rate: 2, burst: 5)
        let world = try world(
            regions: ["us-east-1", "eu-west-1", "us-west-2"],
            fault: { call in
                buckets.take(call.accessKey + call.region)
                    ? nil : FakeAppFlow.error(429, "ThrottlingException", "Rate exceeded")
            })
        try write(config: "", credentials: Self.managementKeys)
        let result = try BinaryRunner.run(
            ["--live", "--profile", "base", "--region", "us-east-1,eu-west-1,us-west-2", "-c", "connectors | count"],
            environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "78\n")
        #expect(buckets.refused > 0, "the test did not throttle")
    }

    /// A token bucket per key, refilled with the wall clock.
    final class TokenBuckets: @unchecked Sendable {
        let rate: Double
        let burst: Double
        private let lock = NSLock()
        private var buckets: [String: (tokens: Double, time: Date)] = [:]
        private var refusals = 0

        init(rate: Double, burst: Double) {
            self.rate = rate
            self.burst = burst
        }

        var refused: Int { lock.withLock { refusals } }

        func take(_ key: String) -> Bool {
            lock.withLock {
                let now = Date()
                var bucket = buckets[key] ?? (burst, now)
                bucket.tokens = min(burst, bucket.tokens + now.timeIntervalSince(bucket.time) * rate)
                bucket.time = now
                defer { buckets[key] = bucket }
                guard bucket.tokens >= 1 else {
                    refusals += 1
                    return false
                }
                bucket.tokens -= 1
                return true
            }
        }
    }

    // MARK: - Organisations

    func organization(denied: String? = nil) throws -> (World, FakeOrganizations) {
        let members = [
            FakeOrganizations.Account(id: Self.managementAccount, name: "management"),
            FakeOrganizations.Account(id: "111111111111", name: "prod-data"),
            FakeOrganizations.Account(id: "222222222222", name: "old-sandbox", status: "SUSPENDED"),
            FakeOrganizations.Account(id: "333333333333", name: "analytics"),
        ]
        var roles: [String: String] = [:]
        for member in members { roles["arn:aws:iam::\(member.id):role/OrganizationAccountAccessRole"] = member.id }
        var world = try world(roles: roles)
        if let denied {
            world.sts.configure {
                $0.denied = [(caller: "*", role: "arn:aws:iam::\(denied):role/OrganizationAccountAccessRole")]
            }
        }
        let sts = world.sts
        let organizations = try FakeOrganizations(
            accounts: members, pageSize: 2, verifiers: { sts.verifier }, allowedCallers: { $0 == Self.managementKey })
        world.environment["AWS_ENDPOINT_URL_ORGANIZATIONS"] = organizations.baseURL
        try write(config: "", credentials: Self.managementKeys)
        return (world, organizations)
    }

    static let byAccount =
        "connectors | group by $source.account as account, $source.accountName as name | sort by account"

    @Test func readsEveryActiveAccountOfTheOrganisation() throws {
        let (world, organizations) = try organization()
        let result = try BinaryRunner.run(
            ["--live", "--profile", "base", "--org", "-o", "csv", "-c", Self.byAccount], environment: world.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                account,name,count
                000011112222,management,26
                111111111111,prod-data,26
                333333333333,analytics,26

                """)
        #expect(result.stderr.contains("account 222222222222 (old-sandbox) is SUSPENDED; skipped"))
        #expect(organizations.actions == ["ListAccounts", "ListAccounts"])
        // The management account is read with its own credentials, the others through the role.
        let assumed = world.sts.calls.filter { $0.action == "AssumeRole" }.compactMap { $0.parameters["RoleArn"] }
        #expect(
            Set(assumed) == [
                "arn:aws:iam::111111111111:role/OrganizationAccountAccessRole",
                "arn:aws:iam::333333333333:role/OrganizationAccountAccessRole",
            ])
        expectNoSecret(in: [result.stdout, result.stderr], world: world)
    }

    @Test func anAccountWhoseRoleIsDeniedIsReportedAndTheRestShown() throws {
        let (world, organizations) = try organization(denied: "333333333333")
        // Held to the end: a fake server no one holds stops, and the second run would find none.
        defer { withExtendedLifetime(organizations) {} }
        let arguments = ["--live", "--profile", "base", "--org", "-o", "csv", "-c", Self.byAccount]
        let strict = try BinaryRunner.run(arguments, environment: world.environment)
        #expect(strict.status == 3)
        #expect(strict.stdout.contains("111111111111,prod-data,26"))
        #expect(!strict.stdout.contains("333333333333"))
        #expect(strict.stderr.contains("account 333333333333 (analytics)"), "\(strict.stderr)")
        #expect(strict.stderr.contains("AccessDenied"))
        let partial = try BinaryRunner.run(["--allow-partial"] + arguments, environment: world.environment)
        #expect(partial.status == 0)
        #expect(partial.stdout == strict.stdout)
    }

    @Test func accountFiltersAndUnits() throws {
        let (world, organizations) = try organization()
        defer { withExtendedLifetime(organizations) {} }
        let only = try BinaryRunner.run(
            [
                "--live", "--profile", "base", "--org", "--accounts", "111111111111,999999999999", "-o", "csv", "-c",
                Self.byAccount,
            ],
            environment: world.environment)
        #expect(only.status == 0, "\(only.stderr)")
        #expect(only.stdout == "account,name,count\n111111111111,prod-data,26\n")
        #expect(only.stderr.contains("account 999999999999 (--accounts) is not in the organisation"))
        let skipped = try BinaryRunner.run(
            [
                "--live", "--profile", "base", "--org", "--skip-accounts", "111111111111", "-o", "csv", "-c",
                Self.byAccount,
            ],
            environment: world.environment)
        #expect(!skipped.stdout.contains("111111111111"))
        #expect(skipped.stdout.contains("333333333333"))
    }

    @Test func anOrganisationRecordedReplaysTheSame() throws {
        let (world, organizations) = try organization()
        defer { withExtendedLifetime(organizations) {} }
        let recording = home + "/org.jsonl"
        let query =
            "connectors | select $source.account, $source.accountName, $source.region, connectorType, connectorLabel"
            + " | sort by $source.account, connectorType, connectorLabel"
        let live = try BinaryRunner.run(
            ["--live", "--profile", "base", "--org", "--record", recording, "-o", "jsonl", "-c", query],
            environment: world.environment)
        #expect(live.status == 0, "\(live.stderr)")
        let replay = try BinaryRunner.run(
            ["--data", recording, "-o", "jsonl", "-c", query], environment: world.environment)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == live.stdout)
        #expect(live.stdout.split(separator: "\n").count == 78)
        let recorded = try String(contentsOfFile: recording, encoding: .utf8)
        #expect(recorded.contains("\"accountName\":\"prod-data\""))
        expectNoSecret(in: [recorded], world: world)
        for issued in world.sts.issued { #expect(!recorded.contains(issued.accessKey)) }
    }

    // MARK: - Corporate networks

    /// A TLS-inspecting proxy, played by a loopback HTTPS server whose certificate a test
    /// authority issued, in front of the container credentials endpoint (a GET, which the test
    /// server answers with a page that is not credentials): refused without the bundle; with
    /// `AWS_CA_BUNDLE`, the TLS handshake is accepted and afq reads the answer.
    @Test(.enabled(if: TestCertificates.openSSL != nil, "needs the openssl command"))
    func aCABundleLetsAfqTrustAnInspectingProxy() throws {
        let certificates = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        defer { server.stop() }
        var environment = try world().environment
        environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.baseURL + "/credentials"
        environment["AWS_CA_BUNDLE"] = ""
        try write(config: "")
        let arguments = ["--live", "--region", "us-east-1", "-c", "connectors | count"]
        let refused = try BinaryRunner.run(arguments, environment: environment)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("certificate did not verify"), "\(refused.stderr)")
        environment["AWS_CA_BUNDLE"] = certificates.caFile
        let trusted = try BinaryRunner.run(arguments, environment: environment)
        #expect(trusted.status == 3)
        #expect(!trusted.stderr.contains("certificate"), "\(trusted.stderr)")
        #expect(trusted.stderr.contains("container credentials from \(server.baseURL)"), "\(trusted.stderr)")
    }
}
