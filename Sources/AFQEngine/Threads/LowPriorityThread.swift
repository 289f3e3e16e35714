import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work done while the shell waits for the next line: on a detached thread of the lowest
/// priority, so a query typed meanwhile keeps both cores. Threads it starts (`OrderedParallelMap`'s
/// workers) inherit the priority on Linux, which gives each thread its own nice value.
public enum LowPriorityThread {
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = POSIXThread.start {
            #if os(Linux)
                // who 0: the calling thread; 19 yields to everything else.
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            #endif
            body()
        }
        if let thread {
            pthread_detach(thread)
        } else {
            // No thread to spare: do the work now rather than never.
            body()
        }
    }
}
