import Foundation
import Testing

@testable import AFQSources

/// The adaptive pacing of one (account, region): off until throttled, then a token bucket
/// that slows down with every throttling answer and speeds up again while calls succeed.
struct AdaptiveRateLimiterTests {
    /// A clock the test moves; `sleep` moves it too, so waits are measured, not slept.
    final class FakeClock: @unchecked Sendable {
        private let lock = NSLock()
        private var time = 0.0
        var now: Double { lock.withLock { time } }
        func advance(_ seconds: Double) { lock.withLock { time += max(0, seconds) } }
    }

    func limiter(_ clock: FakeClock) -> AdaptiveRateLimiter {
        AdaptiveRateLimiter(clock: { clock.now }, sleep: { clock.advance($0) })
    }

    @Test func sendsFreelyUntilTheFirstThrottle() async {
        let clock = FakeClock()
        let limiter = limiter(clock)
        for _ in 0..<50 { await limiter.acquire() }
        #expect(clock.now == 0)
        #expect(await limiter.isPacing == false)
    }

    @Test func aThrottleStartsPacingBelowTheRateThatWasSent() async {
        let clock = FakeClock()
        let limiter = limiter(clock)
        for _ in 0..<10 {
            await limiter.acquire()
            clock.advance(0.05)
        }
        await limiter.record(throttled: true)
        #expect(await limiter.isPacing)
        let rate = await limiter.currentRate
        #expect(rate > 0 && rate < 10, "rate \(rate)")
        // The service's bucket is empty: the next call waits about one token's time.
        let before = clock.now
        await limiter.acquire()
        #expect(abs(clock.now - before - 1 / rate) < 0.01)
    }

    @Test func everyFurtherThrottleSlowsDownAgain() async {
        let clock = FakeClock()
        let limiter = limiter(clock)
        for _ in 0..<20 { await limiter.acquire() }
        await limiter.record(throttled: true)
        var previous = await limiter.currentRate
        for _ in 0..<4 {
            await limiter.acquire()
            await limiter.record(throttled: true)
            let rate = await limiter.currentRate
            #expect(rate <= previous)
            previous = rate
        }
        #expect(previous >= AdaptiveRateLimiter.minimumRate)
    }

    @Test func successesRaiseTheRateAgain() async {
        let clock = FakeClock()
        let limiter = limiter(clock)
        for _ in 0..<8 { await limiter.acquire() }
        await limiter.record(throttled: true)
        let slowed = await limiter.currentRate
        for _ in 0..<40 {
            await limiter.acquire()
            await limiter.record(throttled: false)
        }
        #expect(await limiter.currentRate > slowed)
    }

    @Test func pacedCallsQueueOneTokenApart() async {
        let clock = FakeClock()
        let limiter = limiter(clock)
        await limiter.acquire()
        await limiter.record(throttled: true)
        let rate = await limiter.currentRate
        let start = clock.now
        for _ in 0..<5 { await limiter.acquire() }
        // Five calls at `rate` a second take about five tokens' time, not less.
        #expect(clock.now - start >= 4.5 / rate)
    }

    @Test func aThrottledBurstIsPacedThroughWithinTheAttemptsAllowed() async {
        // A service bucket of 2 calls a second with a burst of 5, and 7 calls sent at once (a
        // region's DescribeConnectors, ListConnectors and five DescribeConnector calls): every
        // call must get through within maxAttempts + extraThrottledAttempts attempts.
        let clock = FakeClock()
        let limiter = limiter(clock)
        var serviceTokens = 5.0
        var serviceTime = 0.0
        func serviceAccepts() -> Bool {
            serviceTokens = min(5, serviceTokens + (clock.now - serviceTime) * 2)
            serviceTime = clock.now
            guard serviceTokens >= 1 else { return false }
            serviceTokens -= 1
            return true
        }
        let policy = RetryPolicy()
        for _ in 0..<7 {
            var attempts = 0
            var throttled = 0
            while true {
                attempts += 1
                await limiter.acquire()
                let accepted = serviceAccepts()
                await limiter.record(throttled: !accepted)
                if accepted { break }
                throttled += 1
                #expect(policy.allowsAnotherAttempt(after: attempts, throttled: throttled))
            }
            clock.advance(0.01)
        }
    }
}
