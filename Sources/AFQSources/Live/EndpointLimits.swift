/// How many calls may be in flight at once: per endpoint (a host's connections, as an HTTP
/// client's pool bounds them) and in all (threads and memory). Every (account, region) has its
/// own pace besides (`AdaptiveRateLimiter`), so an organisation's accounts and regions are
/// fetched side by side rather than through one narrow queue.
final class EndpointLimits: Sendable {
    /// Calls in flight to one endpoint URL.
    static let perEndpoint = 96
    /// Calls in flight in all.
    static let overall = 192

    private let limiters: [String: CallLimiter]
    private let overallLimiter: CallLimiter

    /// - Parameter endpoints: every endpoint URL the fetch will call.
    init(
        endpoints: some Sequence<String>, perEndpoint: Int = EndpointLimits.perEndpoint,
        overall: Int = EndpointLimits.overall
    ) {
        var limiters: [String: CallLimiter] = [:]
        for endpoint in endpoints where limiters[endpoint] == nil {
            limiters[endpoint] = CallLimiter(limit: perEndpoint)
        }
        self.limiters = limiters
        overallLimiter = CallLimiter(limit: overall)
    }

    /// Runs `body` holding a slot of `endpoint` and one of the overall limit.
    func run<T: Sendable>(endpoint: String, _ body: @Sendable () async throws(LiveError) -> T) async throws(LiveError)
        -> T
    {
        guard let limiter = limiters[endpoint] else { return try await overallLimiter.run(body) }
        let overall = overallLimiter
        return try await limiter.run { () async throws(LiveError) -> T in try await overall.run(body) }
    }
}
