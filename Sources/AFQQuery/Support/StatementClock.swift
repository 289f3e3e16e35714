#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The wall clock `now()` reads, once per statement (docs/language.md, "Time"): the evaluator
/// asks at the start of a run and every row of that statement sees the same instant.
public enum StatementClock {
    /// The current time, to the millisecond timestamps keep.
    public static func current() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        let milliseconds = Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
        return Timestamp(secondsSince1970: Double(milliseconds) / 1000)
    }
}
