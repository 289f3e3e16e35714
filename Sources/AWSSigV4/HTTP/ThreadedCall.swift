import Foundation

/// Runs a blocking function on a thread of its own and resumes the awaiting task with its
/// value, or at once with `cancelledValue` when the task is cancelled (after calling `cancel`,
/// which should make the function return soon; its thread then ends by itself).
///
/// A thread of its own because a blocking call on Swift's cooperative pool holds one of its
/// few threads (one per core) for the whole call: eight requests in flight would stall every
/// other task.
final class ThreadedCall<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private let cancelWork: @Sendable () -> Void
    private let cancelledValue: Value
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?
    private var finished = false

    init(cancelledValue: Value, cancel: @escaping @Sendable () -> Void, work: @escaping @Sendable () -> Value) {
        self.work = work
        self.cancelWork = cancel
        self.cancelledValue = cancelledValue
    }

    /// The function's value, or `cancelledValue`; each call object runs once.
    func value() async -> Value {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in start(continuation) }
        } onCancel: {
            cancelWork()
            finish(cancelledValue)
        }
    }

    private func start(_ continuation: CheckedContinuation<Value, Never>) {
        lock.lock()
        if finished {
            // Cancelled before it started: nothing to run.
            lock.unlock()
            continuation.resume(returning: cancelledValue)
            return
        }
        self.continuation = continuation
        lock.unlock()
        let thread = Thread { self.finish(self.work()) }
        thread.name = "afq-http"
        thread.start()
    }

    private func finish(_ value: Value) {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return
        }
        finished = true
        let continuation = self.continuation
        self.continuation = nil
        lock.unlock()
        continuation?.resume(returning: value)
    }
}
