import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// A temporary HOME with a config file of IAM Identity Center profiles, a fake IAM Identity
/// Center on loopback, and providers built the way afq builds them (config read from
/// `AWS_CONFIG_FILE`, endpoints from `AWS_ENDPOINT_URL_SSO` / `_SSO_OIDC`).
struct SSOFixture {
    /// 2026-12-07T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_796_644_800)

    let folder: TemporaryFolder
    let clock: ManualClock
    let fake: FakeIdentityCenter
    let throttle = SSORefreshThrottle()

    init(config: String = SSOProfiles.config, roles: [FakeIdentityCenter.Role]? = nil) throws {
        folder = try TemporaryFolder()
        try folder.write("config", config)
        let clock = ManualClock(SSOFixture.start)
        self.clock = clock
        fake = try FakeIdentityCenter(
            roles: roles ?? [
                FakeIdentityCenter.Role(accountId: "111122223333", roleName: "ReadOnly"),
                FakeIdentityCenter.Role(accountId: "444455556666", roleName: "Developer"),
            ], now: clock.reader)
    }

    var home: String { folder.path }

    /// HOME and AWS_CONFIG_FILE in the folder, both IAM Identity Center services on the fake.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = folder.environment([
            "AWS_CONFIG_FILE": folder.path + "/config", "AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials",
        ])
        environment.merge(fake.endpointEnvironment) { _, new in new }
        environment.merge(extra) { _, new in new }
        return environment
    }

    func provider(
        _ name: String, environment: [String: String]? = nil, transport: any HTTPTransport = CurlTransport()
    ) throws -> SSOCredentialsProvider {
        let environment = environment ?? self.environment()
        let config = try SharedConfig.load(environment: environment)
        let profile = try config.profile(ProfileSelection(name: name, origin: .option))
        var provider = SSOCredentialsProvider(
            profile: profile, config: config, environment: environment, home: nil, transport: transport,
            now: clock.reader)
        provider.throttle = throttle
        return provider
    }

    /// `aws sso login --sso-session corp`, with a token valid for `lifetime` seconds from now.
    @discardableResult
    func loginCorp(lifetime: TimeInterval, extraKeys: [String: String] = [:], registrationLifetime: TimeInterval? = nil)
        throws -> String
    {
        try fake.login(
            home: home, ssoSession: "corp", startURL: SSOProfiles.corpStartURL, region: "us-east-1",
            expiresAt: clock.now.addingTimeInterval(lifetime),
            registrationExpiresAt: registrationLifetime.map { clock.now.addingTimeInterval($0) }, extraKeys: extraKeys)
    }

    /// `aws sso login --profile dev` (legacy), with a token valid for `lifetime` seconds from now.
    @discardableResult
    func loginDev(lifetime: TimeInterval) throws -> String {
        try fake.login(
            home: home, ssoSession: nil, startURL: SSOProfiles.legacyStartURL, region: "eu-central-1",
            expiresAt: clock.now.addingTimeInterval(lifetime))
    }

    /// The provider's error, which must be a `CredentialsError`.
    static func error(_ provider: SSOCredentialsProvider) async -> CredentialsError? {
        do {
            _ = try await provider.credentials()
            return nil
        } catch {
            return error
        }
    }

    /// The cache file as a JSON object.
    static func cacheObject(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
