import Foundation

/// Runs the built `afq` binary as a user would, for end-to-end and golden tests.
public enum BinaryRunner {
    public struct Result: Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    /// The package root (where Package.swift is), found from this file's path.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The `afq` executable built beside the test bundle.
    public static let executable = builtExecutable("afq")

    /// An executable of the package (`afq`, `afq-fuzz`) built beside the test bundle.
    public static func builtExecutable(_ name: String) -> URL {
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent()
        for directory in [Bundle.main.bundleURL, bundleDirectory] {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let self_ = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return self_.appendingPathComponent(name)
    }

    /// Runs afq with `arguments` in the package root; `stdin` is sent and closed (empty by default,
    /// so the binary never sees a terminal).
    public static func run(
        _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
        directory: URL = packageRoot, program: URL = executable
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["COLUMNS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        SpawnLock.shared.lock()
        do {
            try process.run()
            SpawnLock.shared.unlock()
        } catch {
            SpawnLock.shared.unlock()
            throw error
        }
        // Read both pipes concurrently so a large output cannot block the child. Plain threads,
        // not the global dispatch queue: many tests run at once, and blocking reads there starve
        // timers other tests depend on.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        Thread {
            outData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }.start()
        group.enter()
        Thread {
            errData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }.start()
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Splits a command line the way a POSIX shell would for simple quoting ('…', "…", \x).
    public static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character? = nil
        var escaped = false
        for c in line {
            if escaped {
                word.append(c)
                escaped = false
            } else if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    escaped = true
                } else {
                    word.append(c)
                }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == "\\" {
                escaped = true
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(c)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
