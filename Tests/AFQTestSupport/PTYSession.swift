import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the afq binary on a pseudo-terminal, as a person at a terminal would: its own session
/// (libedit re-raises signals to its whole process group, which must not include the test
/// runner), the PTY as controlling terminal, and typing only once libedit has switched the
/// terminal to raw mode.
public final class PTYSession {
    public let pid: pid_t
    private let master: Int32
    /// Everything the program wrote so far.
    public private(set) var transcript = ""
    private var consumed: String.Index
    private let size: (columns: Int, rows: Int)

    /// The screen as a person would see it now, once the output so far has been drawn.
    public var screen: [String] {
        readAvailable(waitMilliseconds: 0)
        var terminal = TerminalScreen(columns: size.columns, rows: size.rows)
        terminal.feed(transcript)
        return terminal.lines
    }

    /// - Parameters:
    ///   - arguments: afq's arguments.
    ///   - home: HOME for the child (history, ~/.editrc, ~/.afqrc), a fresh folder per test.
    public init(
        arguments: [String] = [], home: String, extraEnvironment: [String: String] = [:], columns: UInt16 = 100,
        rows: UInt16 = 40
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        self.size = (Int(columns), Int(rows))
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw PTYError.openFailed }
        let slavePath = String(cString: ttyname(slave))
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // glibc makes the new session before the file actions, so opening the slave makes it the
        // child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let posixSpawnSetsid: Int32 = 0x80  // hidden behind _GNU_SOURCE in Swift's Glibc
        posix_spawnattr_setflags(&attributes, Int16(posixSpawnSetsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = [
            "TERM": "xterm", "HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PAGER": "cat",
        ]
        // A sanitizer's settings reach the child too (`make sanitize` turns leak detection off).
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[key] { environment[key] = value }
        }
        for (key, value) in extraEnvironment { environment[key] = value }
        let executable = BinaryRunner.executable.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        var argvCopy = argv
        var envpCopy = envp
        SpawnLock.shared.lock()
        let status = posix_spawn(&child, executable, &actions, &attributes, &argvCopy, &envpCopy)
        SpawnLock.shared.unlock()
        close(slave)
        guard status == 0 else {
            close(master)
            throw PTYError.spawnFailed(status)
        }
        self.pid = child
        self.master = master
        self.consumed = transcript.startIndex
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Types text (use "\r" for Enter, "\t" for Tab, "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D).
    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until the output after the last match contains `text`; returns what came before it.
    @discardableResult
    public func expect(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = transcript.range(of: text, range: consumed..<transcript.endIndex) {
                let before = String(transcript[consumed..<range.lowerBound])
                consumed = range.upperBound
                return before
            }
            guard Date() < deadline else {
                throw PTYError.timeout(expected: text, got: String(transcript[consumed...]))
            }
            readAvailable(waitMilliseconds: 50)
        }
    }

    /// Waits for the prompt and for libedit's raw mode, so typed keys reach the editor rather
    /// than the kernel's line discipline. libedit draws the prompt before it leaves canonical
    /// mode; keys typed in between are echoed by the kernel, and a Ctrl-C there becomes the
    /// kernel's SIGINT, which also discards the typed-ahead input, so the editor waits forever.
    public func expectPrompt(_ prompt: String = "afq> ", timeout: Double = 10) throws {
        try expect(prompt, timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        var attributes = termios()
        while tcgetattr(master, &attributes) == 0, attributes.c_lflag & tcflag_t(ICANON) != 0 {
            guard Date() < deadline else { throw PTYError.timeout(expected: "raw mode", got: "") }
            usleep(1000)
        }
    }

    /// True when the terminal is back in canonical, echoing, signal-generating mode.
    public var terminalIsCooked: Bool {
        var attributes = termios()
        guard tcgetattr(master, &attributes) == 0 else { return false }
        let wanted = tcflag_t(ICANON) | tcflag_t(ECHO) | tcflag_t(ISIG)
        return attributes.c_lflag & wanted == wanted
    }

    /// Waits for the program to end; its exit status (or 128 + signal).
    public func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else { throw PTYError.timeout(expected: "exit", got: transcript) }
            readAvailable(waitMilliseconds: 20)
        }
        readAvailable(waitMilliseconds: 0)
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private func readAvailable(waitMilliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let n = read(master, &buffer, buffer.count)
        if n > 0 { transcript += String(decoding: buffer[0..<n], as: UTF8.self) }
    }

    public enum PTYError: Error, CustomStringConvertible {
        case openFailed
        case spawnFailed(Int32)
        case timeout(expected: String, got: String)

        public var description: String {
            switch self {
            case .openFailed: return "openpty failed"
            case .spawnFailed(let code): return "posix_spawn failed: \(code)"
            case .timeout(let expected, let got):
                return "timed out waiting for \(expected.debugDescription); got \(got.debugDescription)"
            }
        }
    }
}
