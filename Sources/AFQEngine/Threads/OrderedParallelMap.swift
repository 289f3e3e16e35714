import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs jobs on every core and hands their results back in the order the jobs were taken, so a
/// source can parse and filter several pieces of its input at once and rows still come out in
/// input order.
///
/// `next` is called under a lock, one call at a time, in order: it may read the input
/// sequentially (a JSON Lines file is cut at line ends as it is read). `work` runs on worker
/// threads, several at once. `consume` runs on the calling thread with each result in job order;
/// returning false stops the run. Workers stay at most `window` jobs ahead of `consume`, so memory
/// stays bounded however large the input.
public enum OrderedParallelMap {
    /// The number of workers: the cores this process may use (at least one).
    public static var workerCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    public static func run<Job, Output>(
        workers: Int = workerCount, window: Int = 8,
        next: @escaping @Sendable () throws -> Job?,
        work: @escaping @Sendable (Job) -> Output,
        consume: (Output) throws -> Bool
    ) throws {
        // One worker gains nothing from threads: run in line, in the same order.
        if workers <= 1 {
            while let job = try next() {
                guard try consume(work(job)) else { return }
            }
            return
        }
        let state = SharedState<Job, Output>(window: max(window, workers))
        var threads: [pthread_t] = []
        for _ in 0..<workers {
            let context = WorkerContext(state: state, next: next, work: work)
            if let thread = POSIXThread.start({ context.runWorker() }) { threads.append(thread) }
        }
        defer {
            state.stop()
            for thread in threads { pthread_join(thread, nil) }
        }
        if threads.isEmpty {
            while let job = try next() {
                guard try consume(work(job)) else { return }
            }
            return
        }
        var index = 0
        while true {
            switch state.take(index) {
            case .finished:
                return
            case .failed(let error):
                throw error
            case .output(let output):
                index += 1
                guard try consume(output) else { return }
            }
        }
    }
}

private final class WorkerContext<Job, Output> {
    let state: SharedState<Job, Output>
    let next: @Sendable () throws -> Job?
    let work: @Sendable (Job) -> Output

    init(
        state: SharedState<Job, Output>, next: @escaping @Sendable () throws -> Job?,
        work: @escaping @Sendable (Job) -> Output
    ) {
        self.state = state
        self.next = next
        self.work = work
    }

    func runWorker() {
        while let (index, job) = state.claim(next) {
            state.deliver(work(job), at: index)
        }
    }
}

/// The lock-protected queue between the workers and the consumer.
private final class SharedState<Job, Output>: @unchecked Sendable {
    enum Taken {
        case output(Output)
        case finished
        case failed(any Error)
    }

    private var mutex = pthread_mutex_t()
    private var changed = pthread_cond_t()
    private let window: Int
    private var claimed = 0
    private var consumed = 0
    private var exhausted = false
    private var stopped = false
    private var failure: (any Error)? = nil
    private var results: [Int: Output] = [:]

    init(window: Int) {
        self.window = window
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&changed, nil)
    }

    deinit {
        pthread_cond_destroy(&changed)
        pthread_mutex_destroy(&mutex)
    }

    /// The next job and its index, or nil when there are no more or the run stopped.
    func claim(_ next: () throws -> Job?) -> (Int, Job)? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while !stopped, !exhausted, claimed - consumed >= window {
            pthread_cond_wait(&changed, &mutex)
        }
        guard !stopped, !exhausted else { return nil }
        do {
            guard let job = try next() else {
                exhausted = true
                pthread_cond_broadcast(&changed)
                return nil
            }
            claimed += 1
            return (claimed - 1, job)
        } catch {
            // Reading failed: the consumer reports it after the outputs of earlier jobs.
            failure = error
            exhausted = true
            pthread_cond_broadcast(&changed)
            return nil
        }
    }

    func deliver(_ output: Output, at index: Int) {
        pthread_mutex_lock(&mutex)
        results[index] = output
        pthread_cond_broadcast(&changed)
        pthread_mutex_unlock(&mutex)
    }

    func take(_ index: Int) -> Taken {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while true {
            if let output = results.removeValue(forKey: index) {
                consumed = index + 1
                pthread_cond_broadcast(&changed)
                return .output(output)
            }
            if exhausted, index >= claimed {
                if let failure { return .failed(failure) }
                return .finished
            }
            pthread_cond_wait(&changed, &mutex)
        }
    }

    func stop() {
        pthread_mutex_lock(&mutex)
        stopped = true
        pthread_cond_broadcast(&changed)
        pthread_mutex_unlock(&mutex)
    }
}
