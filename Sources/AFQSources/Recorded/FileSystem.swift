#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations recorded data needs, on POSIX directly so that errors carry the
/// system's own reason ("No such file or directory") rather than a Foundation paraphrase.
public enum FileSystem {
    static func isDirectory(_ path: String) throws(DataError) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { throw unreadable(path) }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The whole file. Works for pipes and devices too (size unknown until the end), with a bound
    /// on their lines (`readAll`).
    static func readFile(_ path: String) throws(DataError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        return try readAll(descriptor, name: path)
    }

    /// The longest line afq reads from a pipe, a device or standard input (docs/reliability.md,
    /// "Endless input"): their size is not known before the end, and endless input (`/dev/zero`,
    /// a pipe that never closes a line) would otherwise be held whole until memory runs out. A
    /// regular file is bounded by its size and may have lines of any length (minified JSON).
    public static let longestStreamedLine = 128 << 20

    /// Everything `descriptor` holds, read to its end; a line of a pipe, device or standard input
    /// longer than `longestStreamedLine` stops the read with an error at that line.
    public static func readAll(_ descriptor: Int32, name: String) throws(DataError) -> [UInt8] {
        var info = stat()
        let isRegular = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        let expected = isRegular ? max(0, Int(info.st_size)) : 0
        var bytes = [UInt8](repeating: 0, count: max(expected, 1 << 16))
        var count = 0
        var lineStart = 0
        var lineNumber = 1
        /// Whether the input's first byte after whitespace (and a byte order mark) was seen.
        var checkedStart = false
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw unreadable(name)
            }
            if got == 0 { break }
            if !isRegular {
                bytes.withUnsafeBytes { buffer in
                    guard let base = buffer.baseAddress else { return }
                    var at = count
                    while let found = memchr(base + at, Int32(UInt8(ascii: "\n")), count + got - at) {
                        at = base.distance(to: UnsafeRawPointer(found)) + 1
                        lineStart = at
                        lineNumber += 1
                    }
                }
                if count + got - lineStart > longestStreamedLine {
                    // The excerpt from the line's start; its line is the one counted here.
                    var location = TextLocation(offset: 0, in: Array(bytes[lineStart..<(lineStart + 40)]))
                    location.offset = lineStart
                    location.line = lineNumber
                    throw DataError(
                        .malformedJSON,
                        "line \(lineNumber) is longer than \(longestStreamedLine >> 20) MiB, the longest line afq reads "
                            + "from a pipe, a device or standard input",
                        file: name, location: location)
                }
            }
            let containsNUL =
                !isRegular
                && bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0 + count, 0, got) != nil } ?? false }
            count += got
            // No JSON holds a NUL byte: the data is in error at or before it, and what follows
            // (`/dev/urandom` has one in every few hundred bytes) need not be read.
            if containsNUL { break }
            if !isRegular, !checkedStart, let first = firstSignificantByte(bytes[0..<count]) {
                // Recorded data is objects, or lists of them: input that starts otherwise is an
                // error at its first byte, reported from what was read so far, not after reading
                // what may never end (`/dev/urandom`).
                checkedStart = true
                if first != UInt8(ascii: "{"), first != UInt8(ascii: "[") { break }
            }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// The first byte that is not JSON whitespace or part of a UTF-8 byte order mark.
    private static func firstSignificantByte(_ bytes: ArraySlice<UInt8>) -> UInt8? {
        var index = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            default: return bytes[index]
            }
        }
        return nil
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
