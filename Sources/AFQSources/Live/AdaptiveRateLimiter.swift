import Foundation

/// Paces the calls of one (account, region) after AppFlow has throttled it, as the AWS SDKs'
/// adaptive retry mode does (AWS SDKs and Tools Reference Guide, "Retry behavior"): off until
/// the first throttling answer, then a client-side token bucket whose rate drops to a fraction
/// of the rate that was being sent and climbs back along a cubic curve while calls succeed.
///
/// One limiter per (account, region), because AppFlow's request quotas are per account and
/// region: a throttled region slows down alone, and the other regions and accounts keep their
/// pace.
actor AdaptiveRateLimiter {
    /// The fraction of the measured rate kept after a throttling answer.
    static let decrease = 0.7
    /// The cubic curve's scale (calls per second per second cubed).
    static let scale = 0.4
    /// Never slower than this many calls a second.
    static let minimumRate = 0.5

    private let clock: @Sendable () -> Double
    private let sleep: @Sendable (Double) async -> Void
    private var enabled = false
    /// Calls a second the bucket refills at.
    private var rate = 0.0
    private var tokens = 0.0
    private var lastRefill = 0.0
    /// The rate at the last throttling answer, and when it came: the cubic curve's anchor.
    private var rateAtThrottle = 0.0
    private var throttledAt = 0.0
    /// Send times of the last second, for the measured rate.
    private var recentSends: [Double] = []

    /// - Parameters:
    ///   - clock: seconds on a monotonic clock (injected for tests).
    ///   - sleep: waits the given seconds.
    init(
        clock: @escaping @Sendable () -> Double = AdaptiveRateLimiter.monotonicSeconds,
        sleep: @escaping @Sendable (Double) async -> Void = { seconds in
            try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
        }
    ) {
        self.clock = clock
        self.sleep = sleep
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// True once a throttling answer has switched pacing on.
    var isPacing: Bool { enabled }

    /// The bucket's rate in calls a second (0 while not pacing).
    var currentRate: Double { enabled ? rate : 0 }

    /// Waits until this (account, region) may send a call. Each caller takes its token at once,
    /// into debt when the bucket is empty, and waits until the debt is paid: concurrent callers
    /// queue in the order they came, one token's time apart.
    func acquire() async {
        if enabled {
            refill()
            tokens -= 1
            if tokens < 0 { await sleep(-tokens / rate) }
        }
        recordSend()
    }

    /// Learns from an answer: a throttling one lowers the rate, a successful one raises it.
    func record(throttled: Bool) {
        let now = clock()
        let measured = measuredRate(now: now)
        if throttled {
            let base = enabled ? min(measured, rate) : measured
            rateAtThrottle = max(base, AdaptiveRateLimiter.minimumRate)
            throttledAt = now
            rate = max(rateAtThrottle * AdaptiveRateLimiter.decrease, AdaptiveRateLimiter.minimumRate)
            if !enabled {
                enabled = true
                lastRefill = now
            }
            // The service's own bucket is empty: start from nothing.
            tokens = min(tokens, 0)
        } else if enabled {
            rate = max(
                min(cubicRate(at: now), 2 * max(measured, AdaptiveRateLimiter.minimumRate)),
                AdaptiveRateLimiter.minimumRate)
        }
    }

    /// The cubic curve: back to the rate at the last throttle after `k` seconds, then above it.
    private func cubicRate(at now: Double) -> Double {
        let k = pow(rateAtThrottle * (1 - AdaptiveRateLimiter.decrease) / AdaptiveRateLimiter.scale, 1.0 / 3.0)
        let t = now - throttledAt - k
        return AdaptiveRateLimiter.scale * t * t * t + rateAtThrottle
    }

    private func refill() {
        let now = clock()
        let capacity = max(rate, 1)
        tokens = min(capacity, tokens + (now - lastRefill) * rate)
        lastRefill = now
    }

    private func recordSend() {
        let now = clock()
        recentSends.append(now)
        trim(now: now)
    }

    private func trim(now: Double) {
        if let first = recentSends.firstIndex(where: { now - $0 <= 1 }), first > 0 {
            recentSends.removeFirst(first)
        } else if let last = recentSends.last, now - last > 1 {
            recentSends.removeAll()
        }
    }

    /// Calls sent in the last second.
    private func measuredRate(now: Double) -> Double {
        trim(now: now)
        return Double(recentSends.count)
    }
}
