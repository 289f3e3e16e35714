import Foundation

/// A certificate authority made for one test run with the machine's `openssl`, and a server
/// certificate it issued for `localhost` and `127.0.0.1`: what a network that inspects TLS
/// looks like to a client, a server whose authority is in no system store. Files live in a
/// fresh temporary folder, removed with the value.
public final class TestCertificates: Sendable {
    private let temporary: TemporaryFolder
    /// The folder holding every file.
    public var folder: String { temporary.path }
    /// The authority's certificate (PEM): the CA bundle that makes the server trusted.
    public let caFile: String
    /// The server's certificate (PEM) and key.
    public let serverCertificate: String
    public let serverKey: String

    /// The `openssl` command, or `nil` when the machine has none (tests that need it then skip
    /// with a note).
    public static let openSSL: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]).map { $0 + "/openssl" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Makes the authority and the server certificate (valid for two days).
    public init() throws {
        guard let openSSL = TestCertificates.openSSL else { throw CertificateError.noOpenSSL }
        temporary = try TemporaryFolder(prefix: "afq-tls")
        let folder = temporary.path
        caFile = folder + "/ca.pem"
        serverCertificate = folder + "/server.pem"
        serverKey = folder + "/server.key"
        let caKey = folder + "/ca.key"
        let request = folder + "/server.csr"
        let extensions = folder + "/server.ext"
        try Data("subjectAltName=DNS:localhost,IP:127.0.0.1\n".utf8).write(to: URL(fileURLWithPath: extensions))
        let newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try TestCertificates.run(
            openSSL,
            ["req", "-x509"] + newKey + ["-keyout", caKey, "-out", caFile, "-days", "2", "-subj", "/CN=afq test CA"])
        try TestCertificates.run(
            openSSL, ["req"] + newKey + ["-keyout", serverKey, "-out", request, "-subj", "/CN=localhost"])
        try TestCertificates.run(
            openSSL,
            [
                "x509", "-req", "-in", request, "-CA", caFile, "-CAkey", caKey, "-set_serial", "1", "-days", "2",
                "-extfile", extensions, "-out", serverCertificate,
            ])
    }

    /// Runs `openssl` to the end, for at most 30 seconds.
    static func run(_ openSSL: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openSSL)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        SpawnLock.shared.lock()
        do {
            try process.run()
            SpawnLock.shared.unlock()
        } catch {
            SpawnLock.shared.unlock()
            throw error
        }
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            throw CertificateError.failed(arguments.first ?? "", "did not finish within 30 s")
        }
        guard process.terminationStatus == 0 else {
            throw CertificateError.failed(arguments.first ?? "", "exit status \(process.terminationStatus)")
        }
    }

    public enum CertificateError: Error, CustomStringConvertible {
        case noOpenSSL
        case failed(String, String)

        public var description: String {
            switch self {
            case .noOpenSSL: "no openssl command on this machine"
            case .failed(let command, let why): "openssl \(command) failed: \(why)"
            }
        }
    }
}
