#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Session {
    /// Appends text to a file, creating it if needed.
    static func append(_ text: String, to path: String) throws(ShellError) {
        guard let file = fopen(path, "a") else {
            throw .cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        guard fputs(text, file) >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
    }
}
