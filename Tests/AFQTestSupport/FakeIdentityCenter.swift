import Crypto
import Foundation

/// A fake IAM Identity Center on one loopback server (real HTTP): the portal's
/// GetRoleCredentials (`GET /federation/credentials`) and the OIDC service's CreateToken
/// (`POST /token`), written apart from afq's provider so the two can disagree. Point
/// `AWS_ENDPOINT_URL_SSO` and `AWS_ENDPOINT_URL_SSO_OIDC` at `baseURL`.
///
/// `login(home:…)` plays `aws sso login`: it issues a token (and, for an sso-session, a client
/// registration and refresh token) and writes the cache file where the AWS CLI would. Every
/// secret the fake hands out starts with `SECRET-` and is listed in `issuedSecrets`, so tests
/// can check that none leaks into output.
public final class FakeIdentityCenter: @unchecked Sendable {
    /// An account and role the portal grants.
    public struct Role: Sendable, Hashable {
        public var accountId: String
        public var roleName: String

        public init(accountId: String, roleName: String) {
            self.accountId = accountId
            self.roleName = roleName
        }
    }

    /// A client registration with its current refresh token, as `login` made it.
    public struct Registration: Sendable, Equatable {
        public var clientId: String
        public var clientSecret: String
        public var refreshToken: String
    }

    public let server: LoopbackHTTPServer
    public var baseURL: String { server.baseURL }

    /// `AWS_ENDPOINT_URL_SSO` and `AWS_ENDPOINT_URL_SSO_OIDC`, both pointing at the fake.
    public var endpointEnvironment: [String: String] {
        ["AWS_ENDPOINT_URL_SSO": baseURL, "AWS_ENDPOINT_URL_SSO_OIDC": baseURL]
    }
    private let state: State

    /// - Parameters:
    ///   - roles: what the portal grants; others get 403 ForbiddenException.
    ///   - credentialLifetime: seconds until issued role credentials expire.
    ///   - tokenLifetime: CreateToken's `expiresIn`, seconds.
    ///   - now: the fake's clock, for token validity and credential expiry.
    public init(
        roles: [Role] = [Role(accountId: "111122223333", roleName: "ReadOnly")],
        credentialLifetime: TimeInterval = 3600,
        tokenLifetime: Int = 28_800, now: @escaping @Sendable () -> Date = Date.init
    ) throws {
        let state = State(
            roles: Set(roles), credentialLifetime: credentialLifetime, tokenLifetime: tokenLifetime, now: now)
        self.state = state
        server = try LoopbackHTTPServer { request in state.answer(request) }
    }

    deinit { server.stop() }

    // MARK: Configuration

    /// Grants `roleName` in `accountId`.
    public func allow(accountId: String, roleName: String) {
        state.locked { $0.roles.insert(Role(accountId: accountId, roleName: roleName)) }
    }

    /// Takes the grant away again.
    public func deny(accountId: String, roleName: String) {
        state.locked { $0.roles.remove(Role(accountId: accountId, roleName: roleName)) }
    }

    /// When true, CreateToken answers 400 InvalidGrantException (a revoked or expired refresh
    /// token).
    public var refusesRefresh: Bool {
        get { state.locked { $0.refusesRefresh } }
        set { state.locked { $0.refusesRefresh = newValue } }
    }

    /// Seconds until issued role credentials expire.
    public var credentialLifetime: TimeInterval {
        get { state.locked { $0.credentialLifetime } }
        set { state.locked { $0.credentialLifetime = newValue } }
    }

    /// CreateToken's `expiresIn`.
    public var tokenLifetime: Int {
        get { state.locked { $0.tokenLifetime } }
        set { state.locked { $0.tokenLifetime = newValue } }
    }

    /// Makes every access token invalid (a signed-out or revoked session): the portal answers
    /// 401 UnauthorizedException.
    public func revokeAccessTokens() {
        state.locked { $0.accessTokens.removeAll() }
    }

    /// A new access token the portal accepts until `expiresAt`.
    public func issueAccessToken(expiresAt: Date) -> String {
        state.locked { $0.newAccessToken(expiresAt: expiresAt) }
    }

    // MARK: Records

    /// The portal calls received, in order.
    public var portalRequests: [LoopbackHTTPServer.Request] {
        server.requests.filter { $0.path.hasPrefix("/federation/credentials") }
    }

    /// The CreateToken calls received, in order.
    public var tokenRequests: [LoopbackHTTPServer.Request] { server.requests.filter { $0.path == "/token" } }

    /// Every secret handed out: access and refresh tokens, client secrets, role secret keys and
    /// session tokens.
    public var issuedSecrets: [String] { state.locked { $0.issuedSecrets } }

    /// A verifier that knows every role credential handed out, for the fake services those
    /// credentials are used with (AppFlow).
    public var verifier: SignatureVerifier {
        state.locked { state in
            SignatureVerifier(
                secrets: state.roleKeys.mapValues(\.secret), tokens: state.roleKeys.mapValues(\.token))
        }
    }

    /// The access tokens the portal accepts now.
    public var validAccessTokens: [String] {
        state.locked { state in
            let now = state.now()
            return state.accessTokens.filter { $0.value > now }.keys.sorted()
        }
    }

    /// The registration of a client and its current refresh token, by client id.
    public func registration(clientId: String) -> Registration? {
        state.locked { state in
            guard let secret = state.clients[clientId],
                let refreshToken = state.refreshTokens.first(where: { $0.value == clientId })?.key
            else { return nil }
            return Registration(clientId: clientId, clientSecret: secret, refreshToken: refreshToken)
        }
    }

    // MARK: aws sso login

    /// What `aws sso login` does: issues an access token valid until `expiresAt` and writes
    /// `<home>/.aws/sso/cache/<sha1>.json` (mode 0600). With `ssoSession` the file is named by
    /// the session and also holds a new client registration (valid until
    /// `registrationExpiresAt`, 90 days by default) and refresh token; without it, by the start
    /// URL (a legacy profile).
    /// - Parameter extraKeys: more string members, as newer tools may write.
    /// - Returns: the cache file's path.
    @discardableResult
    public func login(
        home: String, ssoSession: String?, startURL: String, region: String, expiresAt: Date,
        registrationExpiresAt: Date? = nil, extraKeys: [String: String] = [:]
    ) throws -> String {
        var document: [String: Any] = extraKeys
        document["startUrl"] = startURL
        document["region"] = region
        document["expiresAt"] = FakeIdentityCenter.timestamp(expiresAt)
        state.locked { state in
            document["accessToken"] = state.newAccessToken(expiresAt: expiresAt)
            if ssoSession != nil {
                let registration = state.newRegistration()
                document["clientId"] = registration.clientId
                document["clientSecret"] = registration.clientSecret
                document["refreshToken"] = registration.refreshToken
                let registrationEnd = registrationExpiresAt ?? state.now().addingTimeInterval(90 * 86_400)
                document["registrationExpiresAt"] = FakeIdentityCenter.timestamp(registrationEnd)
            }
        }
        let path = FakeIdentityCenter.cacheFilePath(home: home, key: ssoSession ?? startURL)
        try FakeIdentityCenter.writeCacheFile(document, to: path)
        return path
    }

    /// Where the AWS CLI caches the token of an sso-session (`key` = its name) or of a legacy
    /// profile (`key` = its start URL): the lowercase hex SHA-1 of the key.
    public static func cacheFilePath(home: String, key: String) -> String {
        let digest = Insecure.SHA1.hash(data: Data(key.utf8))
        let hex = digest.map { String(format: "%02x", $0) }.joined()
        return home + "/.aws/sso/cache/" + hex + ".json"
    }

    /// Writes a cache file as the AWS CLI does: folder 0700, file 0600.
    public static func writeCacheFile(_ document: [String: Any], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted])
        try data.write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    /// `2026-12-07T12:00:00Z`, as the AWS CLI writes `expiresAt`.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}

extension FakeIdentityCenter {
    /// The fake's mutable state behind one lock, shared with the server's handler.
    fileprivate final class State: @unchecked Sendable {
        var roles: Set<Role>
        var credentialLifetime: TimeInterval
        var tokenLifetime: Int
        var refusesRefresh = false
        /// Access token → when it stops working.
        var accessTokens: [String: Date] = [:]
        /// Client id → client secret.
        var clients: [String: String] = [:]
        /// Refresh token → client id; a used refresh token is replaced (rotation).
        var refreshTokens: [String: String] = [:]
        var issuedSecrets: [String] = []
        /// Role credentials handed out: access key → (secret key, session token).
        var roleKeys: [String: (secret: String, token: String)] = [:]
        var counter = 0
        let now: @Sendable () -> Date
        private let lock = NSLock()

        init(
            roles: Set<Role>, credentialLifetime: TimeInterval, tokenLifetime: Int, now: @escaping @Sendable () -> Date
        ) {
            self.roles = roles
            self.credentialLifetime = credentialLifetime
            self.tokenLifetime = tokenLifetime
            self.now = now
        }

        @discardableResult
        func locked<T>(_ body: (State) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(self)
        }

        /// Call with the lock held.
        func next(_ prefix: String) -> String {
            counter += 1
            let value = "\(prefix)-\(counter)-" + UUID().uuidString.prefix(8)
            if value.hasPrefix("SECRET-") { issuedSecrets.append(value) }
            return value
        }

        func newAccessToken(expiresAt: Date) -> String {
            let token = next("SECRET-access")
            accessTokens[token] = expiresAt
            return token
        }

        func newRegistration() -> Registration {
            let clientId = next("fake-client")
            let secret = next("SECRET-client")
            let refreshToken = next("SECRET-refresh")
            clients[clientId] = secret
            refreshTokens[refreshToken] = clientId
            return Registration(clientId: clientId, clientSecret: secret, refreshToken: refreshToken)
        }

        func answer(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            let path = request.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.path
            switch (request.method, path) {
            case ("GET", "/federation/credentials"): return locked { $0.roleCredentials(request) }
            case ("POST", "/token"): return locked { $0.createToken(request) }
            default:
                return Self.error(404, "ResourceNotFoundException", "no such operation: \(request.method) \(path)")
            }
        }

        private func roleCredentials(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            guard let token = request.headers["x-amz-sso_bearer_token"], let expiry = accessTokens[token],
                expiry > now()
            else { return Self.error(401, "UnauthorizedException", "Session token not found or invalid") }
            let query = Self.query(request.path)
            guard let roleName = query["role_name"], let accountId = query["account_id"] else {
                return Self.error(400, "InvalidRequestException", "role_name and account_id are required")
            }
            guard roles.contains(Role(accountId: accountId, roleName: roleName)) else {
                return Self.error(403, "ForbiddenException", "No access")
            }
            counter += 1
            let accessKeyId = "ASIAFAKESSO" + String(format: "%05d", counter % 100_000)
            let secret = next("SECRET-role-key")
            let sessionToken = next("SECRET-session")
            roleKeys[accessKeyId] = (secret, sessionToken)
            let expiration = Int64((now().timeIntervalSince1970 + credentialLifetime) * 1000)
            let body: [String: Any] = [
                "roleCredentials": [
                    "accessKeyId": accessKeyId, "secretAccessKey": secret, "sessionToken": sessionToken,
                    "expiration": expiration,
                ]
            ]
            return .json(Self.text(body))
        }

        private func createToken(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            guard request.headers["content-type"]?.hasPrefix("application/json") == true,
                let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any],
                let clientId = object["clientId"] as? String, let clientSecret = object["clientSecret"] as? String
            else { return Self.oauthError(400, "InvalidRequestException", "invalid_request") }
            guard object["grantType"] as? String == "refresh_token" else {
                return Self.oauthError(400, "UnsupportedGrantTypeException", "unsupported_grant_type")
            }
            guard clients[clientId] == clientSecret else {
                return Self.oauthError(401, "InvalidClientException", "invalid_client")
            }
            guard !refusesRefresh, let refreshToken = object["refreshToken"] as? String,
                refreshTokens[refreshToken] == clientId
            else { return Self.oauthError(400, "InvalidGrantException", "invalid_grant") }
            refreshTokens[refreshToken] = nil
            let accessToken = newAccessToken(expiresAt: now().addingTimeInterval(TimeInterval(tokenLifetime)))
            let newRefreshToken = next("SECRET-refresh")
            refreshTokens[newRefreshToken] = clientId
            let body: [String: Any] = [
                "accessToken": accessToken, "tokenType": "Bearer", "expiresIn": tokenLifetime,
                "refreshToken": newRefreshToken,
            ]
            return .json(Self.text(body))
        }

        static func query(_ path: String) -> [String: String] {
            guard let mark = path.firstIndex(of: "?") else { return [:] }
            var result: [String: String] = [:]
            for pair in path[path.index(after: mark)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
                result[name] = value
            }
            return result
        }

        static func text(_ object: [String: Any]) -> String {
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }

        /// The portal's error shape: `x-amzn-ErrorType` and `{"message": …}`.
        static func error(_ status: Int, _ code: String, _ message: String) -> LoopbackHTTPServer.Reply {
            .json(text(["message": message]), status: status, headers: ["x-amzn-ErrorType": code + ":http://fake/"])
        }

        /// The OIDC service's error shape: OAuth's `error` and `error_description`.
        static func oauthError(_ status: Int, _ code: String, _ error: String) -> LoopbackHTTPServer.Reply {
            .json(
                text(["error": error, "error_description": "refused by the fake"]), status: status,
                headers: ["x-amzn-ErrorType": code + ":http://fake/"])
        }
    }
}
