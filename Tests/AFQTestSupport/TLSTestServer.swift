import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTPS server on loopback: `openssl s_server -www` with a `TestCertificates` server
/// certificate, as a child process stopped with the value. It answers `GET /` with `200` and
/// an HTML page about the TLS session, then closes the connection (HTTP/1.0); one connection
/// at a time.
///
/// Stopped with SIGKILL: the child inherits the test thread's blocked signals, SIGTERM among
/// them. Run under `timeout -s KILL 300` where the machine has it, so a test run that dies
/// leaves no server behind for long; `timeout` leads a process group of its own, which `stop`
/// kills whole.
public final class TLSTestServer: @unchecked Sendable {
    public let port: UInt16
    /// By address, which the certificate names, so no name lookup is involved.
    public var baseURL: String { "https://127.0.0.1:\(port)" }
    private let process: Process
    private let output: String

    /// Starts the server on a port the system picks, and waits (at most 10 seconds) until it
    /// accepts connections.
    public init(certificates: TestCertificates) throws {
        guard let openSSL = TestCertificates.openSSL else { throw TestCertificates.CertificateError.noOpenSSL }
        output = certificates.folder + "/s_server-\(UUID().uuidString).out"
        guard FileManager.default.createFile(atPath: output, contents: nil),
            let outputHandle = FileHandle(forWritingAtPath: output)
        else { throw TestCertificates.CertificateError.failed("s_server", "cannot write \(output)") }
        defer { try? outputHandle.close() }
        process = Process()
        // Port 0: the system picks a free one, which s_server prints as "ACCEPT [::]:PORT".
        let arguments = [
            openSSL, "s_server", "-accept", "0", "-cert", certificates.serverCertificate, "-key",
            certificates.serverKey, "-www",
        ]
        let timeout = "/usr/bin/timeout"
        if FileManager.default.isExecutableFile(atPath: timeout) {
            process.executableURL = URL(fileURLWithPath: timeout)
            process.arguments = ["-s", "KILL", "300"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: openSSL)
            process.arguments = Array(arguments.dropFirst())
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputHandle
        process.standardError = FileHandle.nullDevice
        SpawnLock.shared.lock()
        do {
            try process.run()
            SpawnLock.shared.unlock()
        } catch {
            SpawnLock.shared.unlock()
            throw error
        }
        let deadline = Date().addingTimeInterval(10)
        var found: UInt16? = nil
        while found == nil && Date() < deadline && process.isRunning {
            found = TLSTestServer.acceptedPort(in: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            TLSTestServer.killGroup(of: process)
            throw TestCertificates.CertificateError.failed("s_server", "did not start listening within 10 s")
        }
        port = found
    }

    deinit { stop() }

    public func stop() {
        guard process.isRunning else { return }
        TLSTestServer.killGroup(of: process)
        process.waitUntilExit()
    }

    /// The process group `timeout` leads, and the child itself when there is no `timeout`.
    private static func killGroup(of process: Process) {
        let id = process.processIdentifier
        guard id > 0 else { return }
        _ = kill(-id, SIGKILL)
        _ = kill(id, SIGKILL)
    }

    private static func acceptedPort(in text: String) -> UInt16? {
        for line in text.split(separator: "\n") where line.hasPrefix("ACCEPT ") {
            guard let colon = line.lastIndex(of: ":") else { continue }
            return UInt16(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
