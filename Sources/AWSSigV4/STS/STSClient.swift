import Foundation

/// Calls AWS STS over its query protocol (AWS STS API Reference; AWS General Reference, "Query
/// API requests"): `POST /` with a form body, answered in XML.
///
/// ```swift
/// let endpoint = try EndpointResolver(option: nil, environment: environment, profile: profile,
///                                     service: .sts).resolve(region: "eu-west-1")
/// let sts = STSClient(endpoint: endpoint, signingRegion: "eu-west-1", transport: CurlTransport())
/// let role = try await sts.assumeRole(roleArn: arn, sessionName: "afq-1796616908", externalId: nil,
///                                     mfa: nil, durationSeconds: nil, credentials: source)
/// ```
///
/// AssumeRole and GetCallerIdentity are signed with SigV4 for service `sts` and
/// `signingRegion`; AssumeRoleWithWebIdentity is sent unsigned, as the API reference asks
/// ("you do not need to use AWS security credentials"). Throttling, server errors and refused
/// connections are tried again up to `attempts` times in all, after a short random wait
/// (the AWS SDKs' "standard" retry mode, with full jitter). Answers larger than
/// `maxResponseBytes` are refused.
public struct STSClient: Sendable {
    /// The API version every request names.
    public static let apiVersion = "2011-06-15"
    static let contentType = "application/x-www-form-urlencoded; charset=utf-8"

    public let endpoint: ResolvedEndpoint
    public let signingRegion: String
    public let transport: any HTTPTransport
    /// Tries per call, the first included.
    var attempts = 3
    /// The longest random wait before the second try; it doubles for each later one.
    var retryBaseDelay = 0.1
    /// Seconds before a request is given up.
    var timeout = 10.0
    /// The answer size above which a response is refused (1 MiB).
    var maxResponseBytes = QueryXML.defaultMaxBytes
    /// The signing clock, injected by tests.
    var now: @Sendable () -> Date = { Date() }

    public init(endpoint: ResolvedEndpoint, signingRegion: String, transport: any HTTPTransport) {
        self.endpoint = endpoint
        self.signingRegion = signingRegion
        self.transport = transport
    }

    /// STS AssumeRole: temporary credentials for `roleArn`, obtained with `credentials`.
    /// - Parameters:
    ///   - sessionName: `RoleSessionName`, 2–64 characters of `[\w+=,.@-]`.
    ///   - externalId: `ExternalId`, when the role's trust policy asks for one.
    ///   - mfa: `SerialNumber` and `TokenCode`, when the trust policy requires MFA.
    ///   - durationSeconds: `DurationSeconds` (900 up to the role's maximum); STS's default
    ///     of one hour when `nil`.
    public func assumeRole(
        roleArn: String, sessionName: String, externalId: String?, mfa: (serial: String, code: String)?,
        durationSeconds: Int?, credentials: Credentials
    ) async throws(STSError) -> AssumedRole {
        var form = QueryForm(action: "AssumeRole", version: STSClient.apiVersion)
        form.add("RoleArn", roleArn)
        form.add("RoleSessionName", sessionName)
        form.add("ExternalId", externalId)
        form.add("SerialNumber", mfa?.serial)
        form.add("TokenCode", mfa?.code)
        form.add("DurationSeconds", durationSeconds.map(String.init))
        let operation = STSError.Operation.assumeRole(roleArn: roleArn)
        let result = try await call(operation, form: form, signedWith: credentials)
        return try assumedRole(from: result, operation: operation, source: .assumedRole(roleArn: roleArn))
    }

    /// STS AssumeRoleWithWebIdentity: temporary credentials for `roleArn` in exchange for an
    /// OpenID Connect token (EKS service accounts, CI providers). Unsigned.
    public func assumeRoleWithWebIdentity(roleArn: String, sessionName: String, token: Secret, durationSeconds: Int?)
        async throws(STSError) -> AssumedRole
    {
        var form = QueryForm(action: "AssumeRoleWithWebIdentity", version: STSClient.apiVersion)
        form.add("RoleArn", roleArn)
        form.add("RoleSessionName", sessionName)
        form.add("WebIdentityToken", token.reveal())
        form.add("DurationSeconds", durationSeconds.map(String.init))
        let operation = STSError.Operation.assumeRoleWithWebIdentity(roleArn: roleArn)
        let result = try await call(operation, form: form, signedWith: nil)
        return try assumedRole(from: result, operation: operation, source: .webIdentity(roleArn: roleArn))
    }

    /// STS GetCallerIdentity: the account, ARN and user id of `credentials`.
    public func callerIdentity(credentials: Credentials) async throws(STSError) -> CallerIdentity {
        let operation = STSError.Operation.getCallerIdentity
        let form = QueryForm(action: "GetCallerIdentity", version: STSClient.apiVersion)
        let result = try await call(operation, form: form, signedWith: credentials)
        guard let account = result.value(at: "Account"), let arn = result.value(at: "Arn"),
            let userId = result.value(at: "UserId")
        else { throw malformed(operation, status: 200, "the answer lacks Account, Arn or UserId") }
        return CallerIdentity(account: account, arn: arn, userId: userId)
    }

    /// Sends the form, trying again where worthwhile, and returns the `<Action>Result` element
    /// of a successful answer.
    private func call(_ operation: STSError.Operation, form: QueryForm, signedWith credentials: Credentials?)
        async throws(STSError) -> QueryXMLElement
    {
        var lastError: STSError? = nil
        for attempt in 0..<max(1, attempts) {
            if attempt > 0 {
                let ceiling = min(2.0, retryBaseDelay * Double(1 << min(attempt - 1, 8)))
                try? await Task.sleep(nanoseconds: UInt64(Double.random(in: 0...ceiling) * 1e9))
            }
            do throws(STSError) {
                return try await attemptCall(operation, form: form, signedWith: credentials)
            } catch {
                guard error.isRetryable else { throw error }
                lastError = error
            }
        }
        throw lastError ?? STSError(operation: operation, endpoint: endpoint.baseURL, failure: .invalidEndpoint)
    }

    private func attemptCall(_ operation: STSError.Operation, form: QueryForm, signedWith credentials: Credentials?)
        async throws(STSError) -> QueryXMLElement
    {
        var request = HTTPRequest(
            method: "POST", url: endpoint.url(path: "/"),
            headers: [(name: "Content-Type", value: STSClient.contentType)], body: Array(form.encoded.utf8),
            timeout: timeout)
        if let credentials {
            do {
                request =
                    try SigV4.sign(
                        request, credentials: credentials, region: signingRegion, service: AWSService.sts.signingName,
                        date: SigningDate(now())
                    ).request
            } catch {
                throw STSError(operation: operation, endpoint: endpoint.baseURL, failure: .invalidEndpoint)
            }
        }
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch {
            throw STSError(operation: operation, endpoint: endpoint.baseURL, failure: .transport(error))
        }
        guard response.body.count <= maxResponseBytes else {
            throw malformed(operation, status: response.status, "the answer is larger than \(maxResponseBytes) bytes")
        }
        let document: QueryXMLElement
        do {
            document = try QueryXML.parse(response.body, maxBytes: maxResponseBytes)
        } catch {
            throw malformed(operation, status: response.status, error.description)
        }
        guard response.status == 200 else {
            throw serviceError(operation, status: response.status, document: document, headers: response.headers)
        }
        guard document.name == operation.action + "Response",
            let result = document.child(operation.action + "Result")
        else { throw malformed(operation, status: 200, "no \(operation.action)Result element") }
        return result
    }

    /// `<ErrorResponse><Error><Code>…</Code><Message>…</Message></Error><RequestId>…`.
    private func serviceError(
        _ operation: STSError.Operation, status: Int, document: QueryXMLElement, headers: [String: String]
    ) -> STSError {
        guard document.name == "ErrorResponse", let code = document.value(at: "Error", "Code") else {
            return malformed(operation, status: status, "no ErrorResponse with an error code")
        }
        let message = STSClient.printable(document.value(at: "Error", "Message") ?? "")
        let requestId = document.value(at: "RequestId") ?? headers["x-amzn-requestid"]
        return STSError(
            operation: operation, endpoint: endpoint.baseURL,
            failure: .service(
                status: status, code: STSClient.printable(code), message: message, requestId: requestId))
    }

    /// Credentials and AssumedRoleUser of an AssumeRole or AssumeRoleWithWebIdentity result.
    private func assumedRole(from result: QueryXMLElement, operation: STSError.Operation, source: CredentialSource)
        throws(STSError) -> AssumedRole
    {
        guard let accessKeyId = result.value(at: "Credentials", "AccessKeyId"),
            let secret = result.value(at: "Credentials", "SecretAccessKey"),
            let token = result.value(at: "Credentials", "SessionToken"),
            let expirationText = result.value(at: "Credentials", "Expiration")
        else { throw malformed(operation, status: 200, "the answer lacks part of Credentials") }
        guard let expiration = CredentialDocument.parseDate(expirationText) else {
            throw malformed(operation, status: 200, "Credentials/Expiration is not an ISO 8601 date")
        }
        guard let arn = result.value(at: "AssumedRoleUser", "Arn") else {
            throw malformed(operation, status: 200, "the answer lacks AssumedRoleUser/Arn")
        }
        let credentials = Credentials(
            accessKeyId: accessKeyId, secretAccessKey: Secret(secret), sessionToken: Secret(token),
            expiration: expiration, source: source, accountId: AssumedRole.account(ofARN: arn))
        return AssumedRole(
            credentials: credentials, arn: arn, assumedRoleId: result.value(at: "AssumedRoleUser", "AssumedRoleId"))
    }

    private func malformed(_ operation: STSError.Operation, status: Int, _ problem: String) -> STSError {
        STSError(
            operation: operation, endpoint: endpoint.baseURL,
            failure: .unexpectedResponse(status: status, problem: problem))
    }

    /// The service's text as a terminal may show it: control characters become spaces and
    /// anything past 1,000 characters is cut.
    static func printable(_ text: String) -> String {
        var result = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        if result.count > 1_000 { result = String(result.prefix(1_000)) + "…" }
        return result
    }
}
