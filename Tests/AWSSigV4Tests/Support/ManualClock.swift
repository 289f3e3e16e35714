import Foundation

/// A clock that moves only when a test moves it, shared by a fake service and the code under
/// test.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_796_616_908)) {
        current = start
    }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    /// The clock as the closure the code under test takes.
    var reader: @Sendable () -> Date { { [self] in now } }
}
