import Foundation

/// Runs async work from synchronous code (the shell's loop, batch statements) and waits for it,
/// cancelling it when `isCancelled` turns true (Ctrl-C).
enum BlockingTask {
    enum Outcome<T: Sendable>: Sendable {
        case finished(Result<T, any Error>)
        case cancelled
    }

    static func run<T: Sendable>(
        isCancelled: @Sendable () -> Bool, _ body: @escaping @Sendable () async throws -> T
    ) -> Outcome<T> {
        let box = ResultBox<T>()
        let semaphore = DispatchSemaphore(value: 0)
        let task = Task.detached {
            do {
                box.set(.success(try await body()))
            } catch {
                box.set(.failure(error))
            }
            semaphore.signal()
        }
        while semaphore.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if isCancelled() {
                task.cancel()
                semaphore.wait()
                return .cancelled
            }
        }
        guard let result = box.get() else { return .cancelled }
        return .finished(result)
    }

    /// The task's result, handed across threads under a lock.
    final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?

        func set(_ value: Result<T, any Error>) {
            lock.lock()
            result = value
            lock.unlock()
        }

        func get() -> Result<T, any Error>? {
            lock.lock()
            defer { lock.unlock() }
            return result
        }
    }
}
