import Foundation

/// Credentials for a profile that signs in through IAM Identity Center (successor to AWS
/// Single Sign-On), as the AWS SDKs and Tools Reference Guide describes its credential provider
/// ("IAM Identity Center credential provider"):
///
/// 1. the profile's settings, in the sso-session form or the legacy one (`SSOSettings`);
/// 2. the access token `aws sso login` cached under `~/.aws/sso/cache` (`SSOTokenCache`);
/// 3. for the sso-session form, a token that expires within 15 minutes is renewed with its
///    refresh token (IAM Identity Center OIDC API Reference, "CreateToken") and written back,
///    at most once a minute; if that fails the old token serves while it lasts;
/// 4. the token is traded for the role's temporary credentials (IAM Identity Center Portal API
///    Reference, "GetRoleCredentials").
///
/// When no token can be had, the error names the exact `aws sso login` command to run; afq
/// never opens a browser itself. The home folder, environment, transport and clock are
/// injected; nothing but the cache file is written.
///
/// Printing a provider shows the profile, never the environment (it may hold keys).
public struct SSOCredentialsProvider: Sendable, CustomStringConvertible, CustomReflectable {
    /// botocore's advisory refresh window for IAM Identity Center tokens.
    static let refreshWindow: TimeInterval = 15 * 60

    public let profile: ConfigProfile
    public let transport: any HTTPTransport
    /// The config file, named in errors about missing settings.
    let configFile: String
    /// The `[sso-session NAME]` section the profile names, if it exists.
    let session: [String: String]?
    /// Not public: it may hold keys.
    let environment: [String: String]
    let home: String
    let now: @Sendable () -> Date
    /// Tests give each provider its own; afq shares one per process.
    var throttle = SSORefreshThrottle.shared
    /// Seconds allowed for each call to the portal or the OIDC service.
    var timeout: Double = 10

    /// - Parameters:
    ///   - profile: from `config.profile(_:)`; it has `sso_session` or `sso_start_url`.
    ///   - config: the shared files, for the `[sso-session NAME]` section.
    ///   - environment: the process environment (injected), for endpoint settings.
    ///   - home: the home folder holding `.aws/sso/cache`; defaults to `HOME`, then the user's.
    ///   - transport: for the portal and OIDC calls (`CurlTransport`).
    ///   - now: the clock, for token expiry.
    public init(
        profile: ConfigProfile, config: SharedConfig, environment: [String: String], home: String?,
        transport: any HTTPTransport, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.profile = profile
        self.transport = transport
        self.configFile = config.configFile
        self.session = profile.value("sso_session").flatMap { config.ssoSession($0.trimmingWhitespace()) }
        self.environment = environment
        self.home = home ?? environment["HOME"] ?? NSHomeDirectory()
        self.now = now
    }

    /// The role's temporary credentials, with `accountId` set to the profile's `sso_account_id`.
    /// - Throws: `CredentialsError`: `.ssoMissingSetting`, `.ssoSessionNotFound`,
    ///   `.ssoConflictingSetting`, `.ssoEndpoint` for the configuration; `.ssoLoginRequired`
    ///   when a new `aws sso login` is needed; `.ssoRoleDenied`, `.ssoService`,
    ///   `.ssoTokenCache` otherwise.
    public func credentials() async throws(CredentialsError) -> Credentials {
        let settings = try SSOSettings(profile: profile, session: session, file: configFile)
        let portal = try endpoint(.sso, settings)
        let accessToken = try await accessToken(settings)
        return try await SSOPortalClient(endpoint: portal, transport: transport, timeout: timeout).roleCredentials(
            accessToken: accessToken, settings: settings)
    }

    /// The cached token, renewed first when it is about to expire and can be.
    func accessToken(_ settings: SSOSettings) async throws(CredentialsError) -> Secret {
        let cache = SSOTokenCache(home: home)
        let path = cache.path(for: settings.cacheKey)
        guard let token = try cache.read(key: settings.cacheKey, loginCommand: settings.loginCommand) else {
            throw .ssoLoginRequired(
                reason: "there is no cached IAM Identity Center token for \(settings.tokenOwner) (no \(path))",
                command: settings.loginCommand)
        }
        let now = self.now()
        var refreshProblem: String? = nil
        if settings.sessionName != nil, token.expires(within: SSOCredentialsProvider.refreshWindow, of: now),
            token.isRefreshable(at: now)
        {
            let oidc = try endpoint(.ssoOIDC, settings)
            if throttle.claim(path, at: now) {
                switch await renewed(token, from: oidc, at: now) {
                case .success(let renewed):
                    try cache.store(renewed, key: settings.cacheKey)
                    return renewed.accessToken
                case .failure(let failure):
                    refreshProblem = "could not be refreshed (\(failure.reason))"
                }
            } else {
                refreshProblem = "a refresh was tried less than a minute ago"
            }
        }
        guard token.expiresAt > now else {
            let expired = "the IAM Identity Center token of \(settings.tokenOwner) expired at "
            throw .ssoLoginRequired(
                reason: expired + SSOTokenCache.format(token.expiresAt) + " and "
                    + (refreshProblem ?? notRefreshable(token, settings, at: now)),
                command: settings.loginCommand)
        }
        return token.accessToken
    }

    /// CreateToken with the cached refresh token and client registration; the new token as it
    /// goes back into the cache.
    private func renewed(_ token: SSOToken, from oidc: ResolvedEndpoint, at now: Date) async
        -> Result<SSOToken, SSOOIDCClient.Failure>
    {
        guard let clientId = token.clientId, let clientSecret = token.clientSecret,
            let refreshToken = token.refreshToken
        else { return .failure(SSOOIDCClient.Failure(reason: "the cache lacks the client registration")) }
        let client = SSOOIDCClient(endpoint: oidc, transport: transport, timeout: timeout)
        switch await client.refresh(clientId: clientId, clientSecret: clientSecret, refreshToken: refreshToken) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let renewal):
            var renewed = token
            renewed.accessToken = renewal.accessToken
            renewed.expiresAt = now.addingTimeInterval(renewal.expiresIn)
            if let rotated = renewal.refreshToken { renewed.refreshToken = rotated }
            return .success(renewed)
        }
    }

    /// Why an expired token was not renewed, for the sign-in message.
    private func notRefreshable(_ token: SSOToken, _ settings: SSOSettings, at now: Date) -> String {
        if settings.sessionName == nil { return "legacy profiles (sso_start_url in the profile) cannot refresh it" }
        if token.refreshToken == nil || token.clientId == nil || token.clientSecret == nil {
            return "the cache holds no refresh token"
        }
        if let registration = token.registrationExpiresAt, registration <= now {
            return "its client registration expired at \(SSOTokenCache.format(registration))"
        }
        return "it cannot be refreshed"
    }

    /// The service's base URL for the sso-session's region, honouring `AWS_ENDPOINT_URL_SSO`,
    /// `AWS_ENDPOINT_URL_SSO_OIDC`, `AWS_ENDPOINT_URL` and `[services]` sections.
    private func endpoint(_ service: AWSService, _ settings: SSOSettings) throws(CredentialsError)
        -> ResolvedEndpoint
    {
        do {
            return try EndpointResolver(option: nil, environment: environment, profile: profile, service: service)
                .resolve(region: settings.region)
        } catch {
            throw .ssoEndpoint(error)
        }
    }

    public var description: String { "SSOCredentialsProvider(profile \(profile.name))" }

    public var customMirror: Mirror { Mirror(self, children: ["profile": profile], displayStyle: .struct) }
}
