import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thread running a closure, made with pthreads: the language core uses neither Dispatch nor
/// Foundation's `Thread`, and its workers must be joinable (`OrderedParallelMap`).
enum POSIXThread {
    /// The stack of every thread made here, whatever the platform's default (from the stack
    /// limit on glibc, 128 KiB on musl): the query limits (`Parser.maxDepth`, `maxNesting`) and
    /// the segments of long pipelines (`SegmentedSink.segmentLength`) are chosen so that walks over
    /// a query and a chain of stages fit in it, as on the main thread.
    static let stackSize = 16 << 20

    /// The new thread, or nil when none could be made (the caller then does the work itself).
    static func start(_ body: @escaping () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(Body(body))
        var thread = pthread_t()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        _ = pthread_attr_setstacksize(&attributes, stackSize)
        let created = pthread_create(
            &thread, &attributes,
            { raw in
                guard let raw else { return nil }
                Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
                return nil
            }, box.toOpaque())
        guard created == 0 else {
            box.release()
            return nil
        }
        return thread
    }

    private final class Body {
        let run: () -> Void

        init(_ run: @escaping () -> Void) {
            self.run = run
        }
    }
}
