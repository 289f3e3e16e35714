import Foundation

/// A fake AWS STS on loopback (real HTTP) that answers AssumeRole, AssumeRoleWithWebIdentity and
/// GetCallerIdentity over the query protocol, with XML shaped like the real service's (AWS STS
/// API Reference, each action's "Response Elements" and "Errors").
///
/// Signed calls are checked with `SignatureVerifier` (service `sts`) against the users' keys and
/// the credentials the fake itself issued, session tokens included, so chains of roles work.
/// Issued access keys encode the account, `ASIA` + 12-digit account + 4-digit counter, so other
/// fakes can tell which account a key acts in (`FakeSTS.account(ofAccessKey:)`).
///
/// ```swift
/// let sts = try FakeSTS(users: [FakeSTS.User(accessKey: "AKIA…", secret: "…",
///                                           arn: "arn:aws:iam::111122223333:user/alice")],
///                       roles: ["arn:aws:iam::444455556666:role/AppFlowRead": "444455556666"])
/// environment["AWS_ENDPOINT_URL_STS"] = sts.baseURL
/// ```
public final class FakeSTS: @unchecked Sendable {
    /// Long-term keys of an IAM user the fake knows.
    public struct User: Sendable {
        public var accessKey: String
        public var secret: String
        /// e.g. `arn:aws:iam::111122223333:user/alice`; its account is the caller's account.
        public var arn: String

        public init(accessKey: String, secret: String, arn: String) {
            self.accessKey = accessKey
            self.secret = secret
            self.arn = arn
        }
    }

    /// Credentials the fake issued.
    public struct Issued: Sendable, Equatable {
        public var accessKey: String
        public var secret: String
        public var sessionToken: String
        public var expiration: Date
        /// The assumed-role session ARN, `arn:aws:sts::<account>:assumed-role/<name>/<session>`.
        public var arn: String
        public var account: String
    }

    /// A call as the fake saw it.
    public struct Call: Sendable {
        /// `AssumeRole`, `AssumeRoleWithWebIdentity`, `GetCallerIdentity`, or what was sent.
        public var action: String
        /// The decoded form body, `Action` and `Version` included.
        public var parameters: [String: String]
        /// The `Authorization` header was present.
        public var wasSigned: Bool
        /// The signing access key and region, when the signature was valid.
        public var accessKey: String?
        public var region: String?
        /// The caller's ARN, when the signature was valid.
        public var callerArn: String?
        public var headers: [String: String]
    }

    /// What the fake accepts; change it between calls with `configure`.
    public struct Configuration: Sendable {
        public var users: [User]
        /// Roles that exist: role ARN → account.
        public var roles: [String: String]
        /// (caller, role) pairs refused with AccessDenied; the caller is an ARN (user or
        /// assumed-role session), an account id, or `*` for everyone.
        public var denied: [(caller: String, role: String)] = []
        /// Role ARN → the `ExternalId` it requires.
        public var externalIds: [String: String] = [:]
        /// Role ARN → the MFA `SerialNumber` and `TokenCode` it requires.
        public var mfa: [String: (serial: String, code: String)] = [:]
        /// Tokens AssumeRoleWithWebIdentity accepts.
        public var webIdentityTokens: Set<String> = []
        /// Lifetime of issued credentials; `nil` uses `DurationSeconds` (default 3600).
        public var credentialLifetime: TimeInterval? = nil
        /// A reply that replaces the normal answer for some calls (throttling, 500, drops). It
        /// runs while the fake holds its lock: it must not read `calls` or `issued`.
        public var fault: @Sendable (Call) -> LoopbackHTTPServer.Reply? = { _ in nil }

        public init(users: [User], roles: [String: String]) {
            self.users = users
            self.roles = roles
        }
    }

    public let server: LoopbackHTTPServer
    public var baseURL: String { server.baseURL }
    private let state: State

    /// - Parameters:
    ///   - users: long-term keys the fake knows.
    ///   - roles: roles that exist, role ARN → account.
    ///   - now: the fake's clock, for expirations.
    public convenience init(users: [User], roles: [String: String], now: @escaping @Sendable () -> Date = { Date() })
        throws
    {
        try self.init(Configuration(users: users, roles: roles), now: now)
    }

    public init(_ configuration: Configuration, now: @escaping @Sendable () -> Date = { Date() }) throws {
        let state = State(configuration: configuration, now: now)
        self.state = state
        server = try LoopbackHTTPServer { request in state.answer(request) }
    }

    /// Changes what the fake accepts from now on.
    public func configure(_ change: (inout Configuration) -> Void) {
        state.lock.withLock { change(&state.configuration) }
    }

    /// Every call received, in order.
    public var calls: [Call] { state.lock.withLock { state.calls } }

    /// Every set of credentials issued, in order.
    public var issued: [Issued] { state.lock.withLock { state.issued } }

    /// A verifier that knows the users' keys and every credential issued so far, for the other
    /// fakes (AppFlow, Organizations) that calls with these credentials reach.
    public var verifier: SignatureVerifier {
        state.lock.withLock {
            var secrets: [String: String] = [:]
            var tokens: [String: String] = [:]
            for user in state.configuration.users { secrets[user.accessKey] = user.secret }
            for credentials in state.issued {
                secrets[credentials.accessKey] = credentials.secret
                tokens[credentials.accessKey] = credentials.sessionToken
            }
            return SignatureVerifier(secrets: secrets, tokens: tokens)
        }
    }

    /// The account of an access key the fake issued (`ASIA` + account + counter), else `nil`.
    public static func account(ofAccessKey key: String) -> String? {
        guard key.hasPrefix("ASIA"), key.count == 20 else { return nil }
        let account = String(key.dropFirst(4).prefix(12))
        return account.allSatisfy(\.isNumber) ? account : nil
    }

    /// The text of an `ErrorResponse`, as STS sends it.
    public static func errorXML(code: String, message: String, type: String = "Sender") -> String {
        """
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error>
            <Type>\(type)</Type>
            <Code>\(escape(code))</Code>
            <Message>\(escape(message))</Message>
          </Error>
          <RequestId>\(UUID().uuidString.lowercased())</RequestId>
        </ErrorResponse>

        """
    }

    /// XML character data with `&`, `<`, `>`, `"` and `'` escaped.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Decodes `application/x-www-form-urlencoded` (`+` is a space).
    public static func decodeForm(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            result[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return result
    }

    /// The mutable part, behind one lock; the server's threads call `answer`.
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var configuration: Configuration
        var calls: [Call] = []
        var issued: [Issued] = []
        let now: @Sendable () -> Date

        init(configuration: Configuration, now: @escaping @Sendable () -> Date) {
            self.configuration = configuration
            self.now = now
        }

        func answer(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            lock.lock()
            defer { lock.unlock() }
            let parameters = FakeSTS.decodeForm(request.bodyText)
            var call = Call(
                action: parameters["Action"] ?? "", parameters: parameters,
                wasSigned: request.headers["authorization"] != nil, accessKey: nil, region: nil, callerArn: nil,
                headers: request.headers)
            guard request.method == "POST", request.path == "/" else {
                calls.append(call)
                return error(404, "InvalidAction", "Could not find operation \(request.method) \(request.path)")
            }
            guard request.headers["content-type"] == "application/x-www-form-urlencoded; charset=utf-8" else {
                calls.append(call)
                return error(
                    400, "InvalidRequest", "Content-Type must be application/x-www-form-urlencoded; charset=utf-8")
            }
            var caller: (arn: String, account: String, userId: String)? = nil
            if call.action != "AssumeRoleWithWebIdentity" {
                switch authenticate(request) {
                case .success(let found):
                    caller = (found.arn, found.account, found.userId)
                    call.accessKey = found.accessKey
                    call.region = found.region
                    call.callerArn = found.arn
                case .failure(let rejection):
                    calls.append(call)
                    return error(rejection.status, rejection.code, rejection.message)
                }
            }
            calls.append(call)
            if let reply = configuration.fault(call) { return reply }
            guard parameters["Version"] == "2011-06-15" else {
                return error(400, "InvalidParameterValue", "Version must be 2011-06-15")
            }
            switch call.action {
            case "AssumeRole":
                guard let caller else {
                    return error(403, "MissingAuthenticationToken", "Request is missing Authentication Token")
                }
                return assumeRole(parameters, caller: caller)
            case "AssumeRoleWithWebIdentity":
                return assumeRoleWithWebIdentity(parameters, wasSigned: call.wasSigned)
            case "GetCallerIdentity":
                guard let caller else {
                    return error(403, "MissingAuthenticationToken", "Request is missing Authentication Token")
                }
                return ok(
                    "GetCallerIdentity",
                    """
                        <UserId>\(escape(caller.userId))</UserId>
                        <Account>\(caller.account)</Account>
                        <Arn>\(escape(caller.arn))</Arn>
                    """)
            default:
                return error(400, "InvalidAction", "Could not find operation \(call.action) for version 2011-06-15")
            }
        }

        struct Caller {
            var accessKey: String
            var region: String
            var arn: String
            var account: String
            var userId: String
        }

        struct Rejection: Error {
            var status: Int
            var code: String
            var message: String
        }

        private func authenticate(_ request: LoopbackHTTPServer.Request) -> Result<Caller, Rejection> {
            var secrets: [String: String] = [:]
            var tokens: [String: String] = [:]
            for user in configuration.users { secrets[user.accessKey] = user.secret }
            for credentials in issued {
                secrets[credentials.accessKey] = credentials.secret
                tokens[credentials.accessKey] = credentials.sessionToken
            }
            let verifier = SignatureVerifier(secrets: secrets, tokens: tokens)
            switch verifier.verify(request, service: "sts") {
            case .rejected(let code, let message):
                let stsCode =
                    switch code {
                    case "MissingAuthenticationTokenException": "MissingAuthenticationToken"
                    case "UnrecognizedClientException": "InvalidClientTokenId"
                    case "InvalidSignatureException": "SignatureDoesNotMatch"
                    default: "IncompleteSignature"
                    }
                return .failure(
                    Rejection(status: stsCode == "IncompleteSignature" ? 400 : 403, code: stsCode, message: message))
            case .valid(let accessKey, let region):
                if let user = configuration.users.first(where: { $0.accessKey == accessKey }) {
                    let account = FakeSTS.arnAccount(user.arn)
                    return .success(
                        Caller(
                            accessKey: accessKey, region: region, arn: user.arn, account: account,
                            userId: "AIDA" + String(account.suffix(8)) + "EXAMPLE"))
                }
                guard let credentials = issued.first(where: { $0.accessKey == accessKey }) else {
                    return .failure(
                        Rejection(
                            status: 403, code: "InvalidClientTokenId",
                            message: "The security token included in the request is invalid."))
                }
                guard credentials.expiration > now() else {
                    return .failure(
                        Rejection(
                            status: 400, code: "ExpiredToken",
                            message: "The security token included in the request is expired"))
                }
                let session = credentials.arn.split(separator: "/").last.map(String.init) ?? ""
                return .success(
                    Caller(
                        accessKey: accessKey, region: region, arn: credentials.arn, account: credentials.account,
                        userId: "AROA" + String(credentials.account.suffix(8)) + "EXAMPLE:" + session))
            }
        }

        private func assumeRole(_ parameters: [String: String], caller: (arn: String, account: String, userId: String))
            -> LoopbackHTTPServer.Reply
        {
            let roleArn = parameters["RoleArn"] ?? ""
            let notAuthorized =
                "User: \(caller.arn) is not authorized to perform: sts:AssumeRole on resource: \(roleArn)"
            if let problem = validate(parameters) { return problem }
            guard let account = configuration.roles[roleArn] else { return error(403, "AccessDenied", notAuthorized) }
            let isDenied = configuration.denied.contains { denial in
                denial.role == roleArn
                    && (denial.caller == "*" || denial.caller == caller.arn || denial.caller == caller.account)
            }
            if isDenied { return error(403, "AccessDenied", notAuthorized) }
            if let required = configuration.externalIds[roleArn], parameters["ExternalId"] != required {
                return error(403, "AccessDenied", notAuthorized)
            }
            if let required = configuration.mfa[roleArn] {
                guard parameters["SerialNumber"] == required.serial, parameters["TokenCode"] != nil else {
                    return error(403, "AccessDenied", notAuthorized)
                }
                guard parameters["TokenCode"] == required.code else {
                    return error(
                        403, "AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code.")
                }
            }
            return issue("AssumeRole", roleArn: roleArn, account: account, parameters: parameters, extra: "")
        }

        private func assumeRoleWithWebIdentity(_ parameters: [String: String], wasSigned: Bool)
            -> LoopbackHTTPServer.Reply
        {
            guard !wasSigned else {
                return error(
                    400, "InvalidRequest",
                    "AssumeRoleWithWebIdentity is sent without an Authorization header (fake STS)")
            }
            if let problem = validate(parameters) { return problem }
            guard let token = parameters["WebIdentityToken"], configuration.webIdentityTokens.contains(token) else {
                return error(
                    400, "InvalidIdentityToken",
                    "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request."
                )
            }
            let roleArn = parameters["RoleArn"] ?? ""
            guard let account = configuration.roles[roleArn] else {
                return error(403, "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity")
            }
            let extra = """
                    <SubjectFromWebIdentityToken>system:serviceaccount:default:afq</SubjectFromWebIdentityToken>
                    <Audience>sts.amazonaws.com</Audience>
                    <Provider>arn:aws:iam::\(account):oidc-provider/oidc.example.com</Provider>

                """
            return issue(
                "AssumeRoleWithWebIdentity", roleArn: roleArn, account: account, parameters: parameters, extra: extra)
        }

        /// RoleSessionName and DurationSeconds as STS checks them.
        private func validate(_ parameters: [String: String]) -> LoopbackHTTPServer.Reply? {
            let name = parameters["RoleSessionName"] ?? ""
            let allowed = name.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
                    || "_+=,.@-".unicodeScalars.contains($0)
            }
            guard (2...64).contains(name.count), allowed else {
                return error(
                    400, "ValidationError",
                    "1 validation error detected: Value '\(name)' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
                )
            }
            if let text = parameters["DurationSeconds"] {
                guard let seconds = Int(text), (900...43_200).contains(seconds) else {
                    return error(
                        400, "ValidationError",
                        "1 validation error detected: Value '\(text)' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200"
                    )
                }
            }
            return nil
        }

        private func issue(
            _ action: String, roleArn: String, account: String, parameters: [String: String], extra: String
        )
            -> LoopbackHTTPServer.Reply
        {
            let counter = issued.count + 1
            let number = String(counter).leftPadded(to: 4)
            let session = parameters["RoleSessionName"] ?? ""
            let roleName = roleArn.split(separator: "/").last.map(String.init) ?? roleArn
            let lifetime =
                configuration.credentialLifetime ?? parameters["DurationSeconds"].flatMap(Double.init) ?? 3600
            let credentials = Issued(
                accessKey: "ASIA" + account + number,
                secret: "fakeSTSsecret/\(number)+\(account)wJalrXUtnFEMIK7MDENG",
                sessionToken: "FakeSTSSessionToken/\(number)/" + String(repeating: "Zm9v", count: 20),
                expiration: now().addingTimeInterval(lifetime),
                arn: "arn:aws:sts::\(account):assumed-role/\(roleName)/\(session)", account: account)
            issued.append(credentials)
            let expiration = credentials.expiration.formatted(
                Date.ISO8601FormatStyle(includingFractionalSeconds: true))
            return ok(
                action,
                """
                    <Credentials>
                      <AccessKeyId>\(credentials.accessKey)</AccessKeyId>
                      <SecretAccessKey>\(escape(credentials.secret))</SecretAccessKey>
                      <SessionToken>\(escape(credentials.sessionToken))</SessionToken>
                      <Expiration>\(expiration)</Expiration>
                    </Credentials>
                \(extra)    <AssumedRoleUser>
                      <AssumedRoleId>AROA\(account.suffix(8))EXAMPLE:\(escape(session))</AssumedRoleId>
                      <Arn>\(escape(credentials.arn))</Arn>
                    </AssumedRoleUser>
                    <PackedPolicySize>6</PackedPolicySize>
                """)
        }

        private func ok(_ action: String, _ result: String) -> LoopbackHTTPServer.Reply {
            .response(
                status: 200, headers: ["Content-Type": "text/xml"],
                body: """
                    <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <\(action)Result>
                    \(result)
                      </\(action)Result>
                      <ResponseMetadata>
                        <RequestId>\(UUID().uuidString.lowercased())</RequestId>
                      </ResponseMetadata>
                    </\(action)Response>

                    """)
        }

        private func error(_ status: Int, _ code: String, _ message: String) -> LoopbackHTTPServer.Reply {
            .response(
                status: status, headers: ["Content-Type": "text/xml"],
                body: FakeSTS.errorXML(code: code, message: message))
        }

        private func escape(_ text: String) -> String { FakeSTS.escape(text) }
    }

    static func arnAccount(_ arn: String) -> String {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 4 ? String(parts[4]) : ""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
