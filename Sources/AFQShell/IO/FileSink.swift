#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A sink over a C stream: standard output, standard error, or a file opened by `.output`.
public final class FileSink: TextSink, @unchecked Sendable {
    private let stream: UnsafeMutablePointer<FILE>
    private let descriptor: Int32
    private let ownsStream: Bool

    /// A fresh stream over file descriptor 1; the process keeps one and flushes it before exit.
    public static func standardOutput() -> FileSink? {
        fdopen(STDOUT_FILENO, "w").map { FileSink(stream: $0, descriptor: STDOUT_FILENO, ownsStream: false) }
    }

    public static func standardError() -> FileSink? {
        fdopen(STDERR_FILENO, "w").map { FileSink(stream: $0, descriptor: STDERR_FILENO, ownsStream: false) }
    }

    private init(stream: UnsafeMutablePointer<FILE>, descriptor: Int32, ownsStream: Bool) {
        self.stream = stream
        self.descriptor = descriptor
        self.ownsStream = ownsStream
    }

    /// Opens (truncating) a file for writing results.
    public convenience init(path: String) throws(ShellError) {
        guard let stream = fopen(path, "w") else {
            throw .cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        self.init(stream: stream, descriptor: fileno(stream), ownsStream: true)
    }

    deinit {
        if ownsStream { fclose(stream) } else { fflush(stream) }
    }

    /// Writes every byte of `text`: `fputs` would stop at a NUL (U+0000 in data), losing the rest
    /// of the output with no error.
    public func write(_ text: String) {
        FileSink.writeAll(text, to: stream)
        if descriptor == STDERR_FILENO || isTerminal { fflush(stream) }
    }

    /// `text`'s UTF-8 bytes, NULs included, to a C stream.
    static func writeAll(_ text: String, to stream: UnsafeMutablePointer<FILE>) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            _ = fwrite(base, 1, bytes.count, stream)
        }
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public var terminalWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// The terminal's height in lines when this is a terminal.
    public var terminalHeight: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    public func flush() {
        fflush(stream)
    }
}
