import AFQQuery
import AWSSigV4

/// Calls AppFlow in one region of one account: builds the JSON POST, signs each attempt afresh
/// (the date is part of the signature, and credentials may have been refreshed), retries per
/// the standard mode, paces calls after throttling (`AdaptiveRateLimiter`), and turns the
/// answer into a value.
public struct AppFlowClient: Sendable {
    public let region: String
    /// The account the calls act in, for messages; nil when unknown.
    public let account: AccountReference?
    /// Scheme, host, optional port and path prefix; the operation's path is appended.
    public let endpoint: String
    let transport: any HTTPTransport
    let sign: @Sendable (HTTPRequest) async throws -> HTTPRequest
    let retryPolicy: RetryPolicy
    let quota: RetryQuota
    let limiter: AdaptiveRateLimiter
    let pause: @Sendable (Double) async -> Void
    let random: @Sendable () -> Double
    let requestTimeout: Double

    /// - Parameters:
    ///   - sign: signs a request for this region (SigV4 with the current time and credentials).
    ///   - quota, limiter: this (account, region)'s own, so throttling in one slows only it.
    ///   - pause: sleeps between attempts; tests may shorten it.
    init(
        region: String, account: AccountReference? = nil, endpoint: String, transport: any HTTPTransport,
        sign: @escaping @Sendable (HTTPRequest) async throws -> HTTPRequest,
        retryPolicy: RetryPolicy, quota: RetryQuota = RetryQuota(),
        limiter: AdaptiveRateLimiter = AdaptiveRateLimiter(),
        requestTimeout: Double = 30,
        pause: @escaping @Sendable (Double) async -> Void = { seconds in
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.region = region
        self.account = account
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.transport = transport
        self.sign = sign
        self.retryPolicy = retryPolicy
        self.quota = quota
        self.limiter = limiter
        self.requestTimeout = requestTimeout
        self.pause = pause
        self.random = random
    }

    /// A successful answer: the members paging and describing need, and the body as received
    /// (for the recording).
    struct Response: Sendable {
        /// Only `nextToken`, `connectors` and `connectorConfiguration`: the whole body is checked,
        /// but DescribeConnectors' large `connectorConfigurations` map is not built, so an
        /// organisation's responses in flight cost their bytes, not trees many times larger.
        var value: Value
        var body: JSONLine
    }

    /// `RecordedShape`'s names: the rows themselves are read from the body later, as recorded
    /// data is (`LiveRowReader`).
    static let keptMembers: Set<String> = [
        RecordedShape.nextToken, RecordedShape.connectors, RecordedShape.connectorConfiguration,
    ]

    /// One call, retried as the policy allows.
    func call(_ operation: AppFlowOperation, body: Record) async throws(LiveError) -> Response {
        let bodyBytes = Array(JSONText.compact(.record(body)).utf8)
        var attempt = 0
        var throttledAttempts = 0
        var retryCost = 0
        while true {
            attempt += 1
            await limiter.acquire()
            if Task.isCancelled { throw failure(operation, .cancelled, attempt) }
            let request = HTTPRequest(
                method: "POST", url: endpoint + operation.path,
                headers: [(name: "Content-Type", value: "application/json")], body: bodyBytes, timeout: requestTimeout)
            let signed: HTTPRequest
            do {
                signed = try await sign(request)
            } catch let error as CredentialsError {
                throw failure(operation, .credentials(error.description), attempt)
            } catch {
                throw failure(operation, .transport(HTTPTransportError(.other, "\(error)")), attempt)
            }
            var failure: LiveError.Cause
            var retryable: Bool
            var timedOut = false
            do {
                let response = try await transport.send(signed)
                if (200..<300).contains(response.status) {
                    await limiter.record(throttled: false)
                    await quota.release(retryCost > 0 ? retryCost : 1)
                    do {
                        return Response(
                            value: try JSONReader.parse(response.body, keepingTopLevelKeys: AppFlowClient.keptMembers),
                            body: JSONLine(validJSON: response.body))
                    } catch {
                        throw self.failure(operation, .malformedResponse("\(error)"), attempt)
                    }
                }
                let error = AWSErrorResponse(response)
                let throttled = RetryPolicy.isThrottling(error)
                await limiter.record(throttled: throttled)
                if throttled { throttledAttempts += 1 }
                failure = .service(error)
                retryable = retryPolicy.isRetryable(error)
            } catch let error as HTTPTransportError {
                failure = .transport(error)
                retryable = retryPolicy.isRetryable(error)
                timedOut = error.kind == .timedOut
            } catch let error as LiveError {
                throw error
            } catch {
                failure = .transport(HTTPTransportError(.other, "\(error)"))
                retryable = false
            }
            let allowed = retryPolicy.allowsAnotherAttempt(after: attempt, throttled: throttledAttempts)
            guard retryable, allowed, let cost = await quota.acquire(afterTimeout: timedOut) else {
                throw self.failure(operation, failure, attempt)
            }
            retryCost = cost
            // A throttled call waits for the limiter's token instead of a backoff of its own.
            let pacing = await limiter.isPacing
            if throttledAttempts == 0 || !pacing {
                await pause(retryPolicy.backoff(beforeRetry: attempt, random: random()))
            }
        }
    }

    private func failure(_ operation: AppFlowOperation, _ cause: LiveError.Cause, _ attempts: Int) -> LiveError {
        LiveError(region: region, account: account, operation: operation, cause: cause, attempts: attempts)
    }
}
