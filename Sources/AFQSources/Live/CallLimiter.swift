/// Bounds how many calls are in flight at once; waiters are served in the order they came.
actor CallLimiter {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// The first waiter not yet served: `waiting` is a queue without shifting its elements.
    private var head = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if head < waiting.count {
            let next = waiting[head]
            head += 1
            if head == waiting.count {
                waiting.removeAll(keepingCapacity: true)
                head = 0
            }
            next.resume()
        } else {
            running -= 1
        }
    }

    /// Runs `body` holding one slot.
    func run<T: Sendable>(_ body: @Sendable () async throws(LiveError) -> T) async throws(LiveError) -> T {
        await acquire()
        do {
            let value = try await body()
            release()
            return value
        } catch {
            release()
            throw error
        }
    }
}
