import AWSSigV4

/// The AWS SDKs' "standard" retry mode (AWS SDKs and Tools Reference Guide, "Retry behavior"):
/// throttling codes, 5xx and transient network errors are retried with exponential backoff and
/// full jitter, up to `maxAttempts` attempts in all, paid from a retry quota so a failing service
/// is not hammered.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    /// The most a single backoff can last, in seconds.
    public var maxBackoff: Double = 20

    public init(maxAttempts: Int = 3) {
        self.maxAttempts = max(1, maxAttempts)
    }

    /// `AWS_MAX_ATTEMPTS`, default 3; a value that is not a positive number is an error.
    public init(environment: [String: String]) throws(ConfigurationProblem) {
        guard let text = environment["AWS_MAX_ATTEMPTS"], !text.isEmpty else {
            self.init()
            return
        }
        guard let attempts = Int(text), attempts >= 1 else {
            throw ConfigurationProblem("AWS_MAX_ATTEMPTS must be a whole number of at least 1, got '\(text)'")
        }
        self.init(maxAttempts: attempts)
    }

    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    static let transientCodes: Set<String> = ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"]

    /// Throttled attempts a call may make beyond `maxAttempts`. Each of them waits for its
    /// (account, region)'s `AdaptiveRateLimiter`, which slows down with every throttling answer,
    /// so a call throttled in a burst is paced through instead of given up; other failures still
    /// end a call after `maxAttempts` attempts.
    public static let extraThrottledAttempts = 5

    /// Whether a call that has made `attempts` attempts, `throttled` of them answered with
    /// throttling, may make another (if its failure is retryable).
    public func allowsAnotherAttempt(after attempts: Int, throttled: Int) -> Bool {
        guard maxAttempts > 1 else { return false }
        return attempts - throttled < maxAttempts && attempts < maxAttempts + RetryPolicy.extraThrottledAttempts
    }

    /// A throttling answer: one of the throttling codes, or a bare 429.
    public static func isThrottling(_ error: AWSErrorResponse) -> Bool {
        throttlingCodes.contains(error.code) || error.status == 429
    }

    /// Whether an answer is worth another attempt: throttling (incl. a bare 429), transient
    /// codes and 500/502/503/504. Other 4xx (validation, access, signature) never are.
    public func isRetryable(_ error: AWSErrorResponse) -> Bool {
        RetryPolicy.throttlingCodes.contains(error.code) || RetryPolicy.transientCodes.contains(error.code)
            || [429, 500, 502, 503, 504].contains(error.status)
    }

    public func isRetryable(_ error: HTTPTransportError) -> Bool {
        error.kind == .timedOut || error.kind == .connectionFailed
    }

    /// Seconds to wait before retry `n` (1, 2, …): `random(0,1) × min(20, 2^(n−1))`.
    public func backoff(beforeRetry n: Int, random: Double) -> Double {
        random * min(maxBackoff, Double(1 << min(max(n - 1, 0), 20)))
    }
}

/// A configuration value afq cannot use (a usage error, exit status 2).
public struct ConfigurationProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
