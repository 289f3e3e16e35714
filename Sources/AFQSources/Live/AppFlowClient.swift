import AFQQuery
import AWSSigV4

/// Calls AppFlow in one region: builds the JSON POST, signs each attempt afresh (the date is
/// part of the signature), retries per the standard mode, and turns the answer into a value.
public struct AppFlowClient: Sendable {
    public let region: String
    /// Scheme, host, optional port and path prefix; the operation's path is appended.
    public let endpoint: String
    let transport: any HTTPTransport
    let sign: @Sendable (HTTPRequest) throws -> HTTPRequest
    let retryPolicy: RetryPolicy
    let quota: RetryQuota
    let pause: @Sendable (Double) async -> Void
    let random: @Sendable () -> Double
    let requestTimeout: Double

    /// - Parameters:
    ///   - sign: signs a request for this region (SigV4 with the current time and credentials).
    ///   - pause: sleeps between attempts; tests may shorten it.
    init(
        region: String, endpoint: String, transport: any HTTPTransport, sign: @escaping @Sendable (HTTPRequest) throws -> HTTPRequest,
        retryPolicy: RetryPolicy, quota: RetryQuota, requestTimeout: Double = 30,
        pause: @escaping @Sendable (Double) async -> Void = { seconds in
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.region = region
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.transport = transport
        self.sign = sign
        self.retryPolicy = retryPolicy
        self.quota = quota
        self.requestTimeout = requestTimeout
        self.pause = pause
        self.random = random
    }

    /// One call, retried as the policy allows; the parsed response body.
    func call(_ operation: AppFlowOperation, body: Record) async throws(LiveError) -> Value {
        let bodyBytes = Array(JSONText.compact(.record(body)).utf8)
        var attempt = 0
        var retryCost = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw LiveError(region: region, operation: operation, cause: .cancelled, attempts: attempt) }
            let request = HTTPRequest(
                method: "POST", url: endpoint + operation.path,
                headers: [(name: "Content-Type", value: "application/json")], body: bodyBytes, timeout: requestTimeout)
            let signed: HTTPRequest
            do {
                signed = try sign(request)
            } catch {
                throw LiveError(
                    region: region, operation: operation, cause: .transport(HTTPTransportError(.other, "\(error)")),
                    attempts: attempt)
            }
            var failure: LiveError.Cause
            var retryable: Bool
            var timedOut = false
            do {
                let response = try await transport.send(signed)
                if (200..<300).contains(response.status) {
                    await quota.release(retryCost > 0 ? retryCost : 1)
                    do {
                        return try JSONReader.parse(response.body)
                    } catch {
                        throw LiveError(
                            region: region, operation: operation, cause: .malformedResponse("\(error)"), attempts: attempt)
                    }
                }
                let error = AWSErrorResponse(response)
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
            guard retryable, attempt < retryPolicy.maxAttempts, let cost = await quota.acquire(afterTimeout: timedOut) else {
                throw LiveError(region: region, operation: operation, cause: failure, attempts: attempt)
            }
            retryCost = cost
            await pause(retryPolicy.backoff(beforeRetry: attempt, random: random()))
        }
    }
}
