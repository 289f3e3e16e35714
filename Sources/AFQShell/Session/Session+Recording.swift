#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Session {
    /// Appends text to a file, creating it if needed.
    static func append(_ pieces: [[UInt8]], to path: String) throws(ShellError) {
        guard let file = fopen(path, "a") else {
            throw .cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        for bytes in pieces {
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            guard written == bytes.count else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        }
    }
}
