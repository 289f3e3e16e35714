#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations recorded data needs, on POSIX directly so that errors carry the
/// system's own reason ("No such file or directory") rather than a Foundation paraphrase.
enum FileSystem {
    static func isDirectory(_ path: String) throws(DataError) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { throw unreadable(path) }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The whole file. Works for pipes and devices too (size unknown until the end).
    static func readFile(_ path: String) throws(DataError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var bytes = [UInt8](repeating: 0, count: max(expected, 1 << 16))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw unreadable(path)
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Names of the regular files directly inside `path`, unsorted.
    static func fileNames(inFolder path: String) throws(DataError) -> [String] {
        guard let folder = opendir(path) else { throw unreadable(path) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names
    }

    static func unreadable(_ path: String) -> DataError {
        let reason = String(cString: strerror(errno))
        return DataError(.unreadable, "cannot read \(path): \(reason)", file: path)
    }
}
