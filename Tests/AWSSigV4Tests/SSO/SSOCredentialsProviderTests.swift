import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// IAM Identity Center credentials end to end over real HTTP against `FakeIdentityCenter`,
/// with a temporary HOME and config file.
struct SSOCredentialsProviderTests {
    /// Asserts that no secret the fake handed out appears in any of `texts`.
    static func expectNoSecret(
        _ texts: [String], _ fake: FakeIdentityCenter, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let secrets = fake.issuedSecrets
        #expect(!secrets.isEmpty, sourceLocation: sourceLocation)
        for text in texts {
            for secret in secrets {
                #expect(!text.contains(secret), "a secret in: \(text)", sourceLocation: sourceLocation)
            }
            #expect(!text.contains("SECRET-"), "a secret in: \(text)", sourceLocation: sourceLocation)
        }
    }

    static func printed(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return ["\(value)", String(reflecting: value), dumped]
    }

    @Test func getsRoleCredentialsThroughAnSSOSession() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        let token = try #require(fixture.fake.validAccessTokens.first)
        let provider = try fixture.provider("prod")
        let credentials = try await provider.credentials()

        #expect(credentials.accessKeyId.hasPrefix("ASIAFAKESSO"))
        #expect(fixture.fake.issuedSecrets.contains(credentials.secretAccessKey.reveal()))
        #expect(fixture.fake.issuedSecrets.contains(try #require(credentials.sessionToken).reveal()))
        // The fake's credentials last 3600 s from its clock; the milliseconds are converted.
        #expect(credentials.expiration == SSOFixture.start.addingTimeInterval(3600))
        #expect(credentials.accountId == "111122223333")
        #expect(credentials.source == .sso(profile: "prod"))

        let request = try #require(fixture.fake.portalRequests.first)
        #expect(fixture.fake.portalRequests.count == 1)
        #expect(request.method == "GET")
        #expect(request.path == "/federation/credentials?role_name=ReadOnly&account_id=111122223333")
        #expect(request.headers["x-amz-sso_bearer_token"] == token)
        #expect(request.headers["authorization"] == nil)
        #expect(fixture.fake.tokenRequests.isEmpty)
        Self.expectNoSecret(Self.printed(credentials) + Self.printed(provider), fixture.fake)
    }

    @Test func getsRoleCredentialsThroughALegacyProfile() async throws {
        let fixture = try SSOFixture()
        let path = try fixture.loginDev(lifetime: 3600)
        #expect(path.hasSuffix("/.aws/sso/cache/79e435d7a515078e81c9dffc35f38d5687ebd3a7.json"))
        fixture.fake.credentialLifetime = 900.5
        let credentials = try await fixture.provider("dev").credentials()
        #expect(credentials.accountId == "444455556666")
        #expect(credentials.source == .sso(profile: "dev"))
        #expect(credentials.expiration == SSOFixture.start.addingTimeInterval(900.5))
        let request = try #require(fixture.fake.portalRequests.first)
        #expect(request.path == "/federation/credentials?role_name=Developer&account_id=444455556666")
        #expect(request.headers["x-amz-sso_bearer_token"] == fixture.fake.validAccessTokens.first)
    }

    @Test func theHomeFolderCanBeGivenInsteadOfHOME() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        var environment = fixture.environment()
        environment["HOME"] = "/nonexistent"
        let config = try SharedConfig.load(environment: environment)
        let profile = try config.profile(ProfileSelection(name: "prod", origin: .option))
        let provider = SSOCredentialsProvider(
            profile: profile, config: config, environment: environment, home: fixture.home, transport: CurlTransport(),
            now: fixture.clock.reader)
        #expect(try await provider.credentials().accountId == "111122223333")
    }

    @Test func encodesTheQueryValues() async throws {
        let config = SSOProfiles.config.replacingOccurrences(
            of: "sso_role_name = ReadOnly", with: "sso_role_name = AWS+Read=Only,x@y")
        let fixture = try SSOFixture(
            config: config, roles: [FakeIdentityCenter.Role(accountId: "111122223333", roleName: "AWS+Read=Only,x@y")])
        try fixture.loginCorp(lifetime: 3600)
        _ = try await fixture.provider("prod").credentials()
        #expect(
            fixture.fake.portalRequests.first?.path
                == "/federation/credentials?role_name=AWS%2BRead%3DOnly%2Cx%40y&account_id=111122223333")
    }

    @Test func refreshesATokenNearExpiryAndRewritesTheCache() async throws {
        let fixture = try SSOFixture()
        let path = try fixture.loginCorp(lifetime: 5 * 60, extraKeys: ["newerToolKey": "kept"])
        let before = try SSOFixture.cacheObject(path)
        let oldToken = try #require(before["accessToken"] as? String)
        let clientId = try #require(before["clientId"] as? String)
        let clientSecret = try #require(before["clientSecret"] as? String)
        let oldRefresh = try #require(before["refreshToken"] as? String)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

        let provider = try fixture.provider("prod")
        let credentials = try await provider.credentials()
        #expect(credentials.accountId == "111122223333")

        // CreateToken was called with the cached registration and refresh token.
        let tokenRequest = try #require(fixture.fake.tokenRequests.first)
        #expect(fixture.fake.tokenRequests.count == 1)
        #expect(tokenRequest.method == "POST")
        #expect(tokenRequest.headers["content-type"] == "application/json")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(tokenRequest.body)) as? [String: Any])
        #expect(body["clientId"] as? String == clientId)
        #expect(body["clientSecret"] as? String == clientSecret)
        #expect(body["grantType"] as? String == "refresh_token")
        #expect(body["refreshToken"] as? String == oldRefresh)
        #expect(body.count == 4)

        // The portal got the new token.
        let registration = try #require(fixture.fake.registration(clientId: clientId))
        let newToken = try #require(fixture.fake.portalRequests.first?.headers["x-amz-sso_bearer_token"])
        #expect(newToken != oldToken)
        #expect(fixture.fake.validAccessTokens.contains(newToken))

        // The cache file holds the new token, its expiry and the rotated refresh token, and
        // everything else as it was; mode 0600, and no temporary file left.
        let after = try SSOFixture.cacheObject(path)
        #expect(after["accessToken"] as? String == newToken)
        #expect(after["expiresAt"] as? String == "2026-12-07T20:00:00Z")
        #expect(after["refreshToken"] as? String == registration.refreshToken)
        #expect(registration.refreshToken != oldRefresh)
        for key in ["startUrl", "region", "clientId", "clientSecret", "newerToolKey"] {
            #expect(after[key] as? String == before[key] as? String, "\(key)")
        }
        let registrationEnd = try #require(after["registrationExpiresAt"] as? String)
        #expect(
            SSOTokenCache.parseDate(registrationEnd)
                == SSOTokenCache.parseDate(try #require(before["registrationExpiresAt"] as? String)))
        #expect(after.count == before.count)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [(path as NSString).lastPathComponent])

        // The next call uses the refreshed token without refreshing again.
        fixture.clock.advance(by: 120)
        _ = try await provider.credentials()
        #expect(fixture.fake.tokenRequests.count == 1)
        #expect(fixture.fake.portalRequests.last?.headers["x-amz-sso_bearer_token"] == newToken)
    }

    @Test func aTokenFarFromExpiryIsNotRefreshed() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 16 * 60)
        _ = try await fixture.provider("prod").credentials()
        #expect(fixture.fake.tokenRequests.isEmpty)
    }

    @Test func aRefusedRefreshOfAnExpiredTokenAsksForALogin() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        fixture.clock.advance(by: 3601)
        fixture.fake.refusesRefresh = true
        let provider = try fixture.provider("prod")
        let error = try #require(await SSOFixture.error(provider))
        #expect(
            error
                == .ssoLoginRequired(
                    reason:
                        "the IAM Identity Center token of sso-session corp expired at 2026-12-07T13:00:00Z "
                        + "and could not be refreshed (InvalidGrantException, HTTP 400)",
                    command: "aws sso login --sso-session corp"))
        #expect(error.description.contains("`aws sso login --sso-session corp`"))
        #expect(fixture.fake.tokenRequests.count == 1)
        #expect(fixture.fake.portalRequests.isEmpty)
        Self.expectNoSecret(Self.printed(error), fixture.fake)
    }

    @Test func aRefusedRefreshLeavesAStillValidTokenInUse() async throws {
        let fixture = try SSOFixture()
        let path = try fixture.loginCorp(lifetime: 5 * 60)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        fixture.fake.refusesRefresh = true
        let provider = try fixture.provider("prod")
        _ = try await provider.credentials()
        #expect(fixture.fake.tokenRequests.count == 1)
        #expect(fixture.fake.portalRequests.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        // At most one attempt a minute.
        fixture.clock.advance(by: 30)
        _ = try await provider.credentials()
        #expect(fixture.fake.tokenRequests.count == 1)
        fixture.clock.advance(by: 31)
        _ = try await provider.credentials()
        #expect(fixture.fake.tokenRequests.count == 2)
    }

    @Test func theRefreshLimitHoldsAcrossProvidersOfOneProcess() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 5 * 60)
        fixture.fake.refusesRefresh = true
        // Two providers with one record, as every provider afq makes shares `shared`.
        let first = try fixture.provider("prod")
        let second = try fixture.provider("prod")
        #expect(first.throttle === second.throttle)
        _ = try await first.credentials()
        _ = try await second.credentials()
        #expect(fixture.fake.tokenRequests.count == 1)
        let plain = try SSOCredentialsProvider(
            profile: first.profile, config: SharedConfig.load(environment: fixture.environment()),
            environment: fixture.environment(), home: nil, transport: CurlTransport())
        #expect(plain.throttle === SSORefreshThrottle.shared)
    }

    @Test func anExpiredTokenWithAnExpiredRegistrationAsksForALogin() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 60, registrationLifetime: 30)
        fixture.clock.advance(by: 90)
        let error = try #require(await SSOFixture.error(try fixture.provider("prod")))
        #expect(
            error.description
                == "the IAM Identity Center token of sso-session corp expired at 2026-12-07T12:01:00Z "
                + "and its client registration expired at 2026-12-07T12:00:30Z; "
                + "sign in again with `aws sso login --sso-session corp`, then retry"
        )
        #expect(fixture.fake.tokenRequests.isEmpty)
    }

    @Test func anExpiredLegacyTokenAsksForALoginWithTheProfile() async throws {
        let fixture = try SSOFixture()
        try fixture.loginDev(lifetime: 60)
        fixture.clock.advance(by: 61)
        let error = try #require(await SSOFixture.error(try fixture.provider("dev")))
        #expect(
            error
                == .ssoLoginRequired(
                    reason:
                        "the IAM Identity Center token of profile dev expired at 2026-12-07T12:01:00Z "
                        + "and legacy profiles (sso_start_url in the profile) cannot refresh it",
                    command: "aws sso login --profile dev"))
        #expect(error.description.contains("aws sso login --profile dev"))
        #expect(fixture.fake.server.requests.isEmpty)
        Self.expectNoSecret(Self.printed(error), fixture.fake)
    }

    @Test func noCacheFileAsksForALogin() async throws {
        let fixture = try SSOFixture()
        let path = SSOTokenCache(home: fixture.home).path(for: "corp")
        let error = await SSOFixture.error(try fixture.provider("prod"))
        #expect(
            error
                == .ssoLoginRequired(
                    reason: "there is no cached IAM Identity Center token for sso-session corp (no \(path))",
                    command: "aws sso login --sso-session corp"))
        let legacy = await SSOFixture.error(try fixture.provider("dev"))
        #expect(legacy?.description.hasSuffix("sign in again with `aws sso login --profile dev`, then retry") == true)
        #expect(fixture.fake.server.requests.isEmpty)
    }

    @Test func aRevokedTokenAsksForALogin() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        fixture.fake.revokeAccessTokens()
        let error = try #require(await SSOFixture.error(try fixture.provider("prod")))
        #expect(
            error
                == .ssoLoginRequired(
                    reason:
                        "IAM Identity Center refused the cached token of sso-session corp (UnauthorizedException): "
                        + "it expired or was revoked",
                    command: "aws sso login --sso-session corp"))
        Self.expectNoSecret(Self.printed(error), fixture.fake)
    }

    @Test func aRoleWithoutAccessIsNamed() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        fixture.fake.deny(accountId: "111122223333", roleName: "ReadOnly")
        let error = try #require(await SSOFixture.error(try fixture.provider("prod")))
        #expect(
            error
                == .ssoRoleDenied(
                    profile: "prod", accountId: "111122223333", roleName: "ReadOnly", code: "ForbiddenException"))
        #expect(
            error.description
                == "IAM Identity Center does not let you use role ReadOnly in account 111122223333 "
                + "(ForbiddenException); check sso_account_id and sso_role_name of profile prod, or ask your administrator for access"
        )
        #expect(fixture.fake.portalRequests.count == 1)
        Self.expectNoSecret(Self.printed(error), fixture.fake)
    }

    @Test func serverErrorsAreRetriedThenReportedWithTheirCode() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        let token = try #require(fixture.fake.validAccessTokens.first)
        let failing = try LoopbackHTTPServer { _ in
            .json(
                #"{"__type": "com.amazonaws.switchboard.portal#InternalServerException", "message": "echo \#(token)"}"#,
                status: 500)
        }
        let provider = try fixture.provider(
            "prod", environment: fixture.environment(["AWS_ENDPOINT_URL_SSO": failing.baseURL]))
        let error = try #require(await SSOFixture.error(provider))
        #expect(
            error
                == .ssoService(
                    operation: "GetRoleCredentials", url: failing.baseURL + "/federation/credentials",
                    problem: "HTTP 500 InternalServerException: echo <redacted>; the service is failing, retry later"))
        #expect(failing.requests.count == 3)
        Self.expectNoSecret(Self.printed(error), fixture.fake)
    }

    @Test func anAnswerThatIsNotRoleCredentialsIsReportedWithoutQuotingIt() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 3600)
        let odd = try LoopbackHTTPServer { _ in
            .json(#"{"roleCredentials": {"accessKeyId": "ASIA", "secretAccessKey": "SECRET-x"}}"#)
        }
        let provider = try fixture.provider(
            "prod", environment: fixture.environment(["AWS_ENDPOINT_URL_SSO": odd.baseURL]))
        let error = try #require(await SSOFixture.error(provider))
        #expect(error.description.contains("the answer is not the expected roleCredentials JSON"))
        #expect(!error.description.contains("SECRET"))
    }

    @Test func theEndpointsComeFromTheirOwnVariables() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 5 * 60)
        let transport = RecordingTransport()
        let environment = fixture.environment([
            "AWS_ENDPOINT_URL_SSO": "http://portal.example.test:8001/",
            "AWS_ENDPOINT_URL_SSO_OIDC": "http://oidc.example.test:8002",
            "AWS_ENDPOINT_URL": "http://everything.example.test",
        ])
        let error = await SSOFixture.error(try fixture.provider("prod", environment: environment, transport: transport))
        #expect(
            transport.requests.map(\.url)
                == Array(repeating: "http://oidc.example.test:8002/token", count: 3)
                + Array(
                    repeating:
                        "http://portal.example.test:8001/federation/credentials"
                        + "?role_name=ReadOnly&account_id=111122223333",
                    count: 3))
        #expect(
            error
                == .ssoService(
                    operation: "GetRoleCredentials", url: "http://portal.example.test:8001/federation/credentials",
                    problem:
                        "no answer (connection refused); "
                        + "check the network, and the portal endpoint (AWS_ENDPOINT_URL_SSO)"
                ))
        Self.expectNoSecret(transport.requests.flatMap(Self.printed), fixture.fake)
    }

    @Test func theEndpointsAreComputedFromTheSessionRegion() async throws {
        let fixture = try SSOFixture()
        try fixture.loginCorp(lifetime: 5 * 60)
        let transport = RecordingTransport()
        var environment = fixture.environment()
        environment["AWS_ENDPOINT_URL_SSO"] = nil
        environment["AWS_ENDPOINT_URL_SSO_OIDC"] = nil
        _ = await SSOFixture.error(try fixture.provider("prod", environment: environment, transport: transport))
        #expect(
            Set(transport.requests.map(\.url)) == [
                "https://oidc.us-east-1.amazonaws.com/token",
                "https://portal.sso.us-east-1.amazonaws.com/federation/credentials"
                    + "?role_name=ReadOnly&account_id=111122223333",
            ])
    }

    @Test func aMalformedEndpointIsAConfigurationProblem() async throws {
        let fixture = try SSOFixture()
        let environment = fixture.environment(["AWS_ENDPOINT_URL_SSO": "portal without scheme"])
        let error = await SSOFixture.error(try fixture.provider("prod", environment: environment))
        #expect(
            error
                == .ssoEndpoint(.invalidEndpointURL(value: "portal without scheme", origin: "AWS_ENDPOINT_URL_SSO")))
    }

    @Test func configurationErrorsComeBeforeAnyCall() async throws {
        let fixture = try SSOFixture(
            config: SSOProfiles.config.replacingOccurrences(of: "sso_role_name = ReadOnly\n", with: ""))
        try fixture.loginCorp(lifetime: 3600)
        let error = await SSOFixture.error(try fixture.provider("prod"))
        #expect(
            error
                == .ssoMissingSetting(
                    profile: "prod", setting: "sso_role_name", section: "[profile prod]", file: fixture.home + "/config"
                ))
        #expect(fixture.fake.server.requests.isEmpty)
    }

    @Test func theBearerTokenHeaderIsRedactedWhenARequestIsPrinted() {
        let request = HTTPRequest(
            method: "GET", url: "http://x/federation/credentials",
            headers: [(name: "x-amz-sso_bearer_token", value: "SECRET-access-1")])
        #expect(
            "\(request)"
                == "HTTPRequest(GET http://x/federation/credentials, "
                + "headers [x-amz-sso_bearer_token: <redacted>], body 0 bytes)"
        )
    }
}
