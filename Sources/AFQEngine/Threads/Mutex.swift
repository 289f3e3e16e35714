import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pthread mutex, for the caches of `Sendable` suppliers (recorded streams, loaded rows): they
/// are touched from the calling thread only, but suppliers may be shared.
public final class Mutex: @unchecked Sendable {
    /// Allocated once, so its address is stable for `pthread_cond_wait`.
    package let pointer: UnsafeMutablePointer<pthread_mutex_t>

    public init() {
        pointer = .allocate(capacity: 1)
        pthread_mutex_init(pointer, nil)
    }

    deinit {
        pthread_mutex_destroy(pointer)
        pointer.deallocate()
    }

    public func lock() { pthread_mutex_lock(pointer) }
    public func unlock() { pthread_mutex_unlock(pointer) }
}
