import Foundation

/// A clock tests move by hand, for providers that take `now: @Sendable () -> Date`.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }

    /// The clock as a provider takes it.
    var function: @Sendable () -> Date { { self.now } }
}
