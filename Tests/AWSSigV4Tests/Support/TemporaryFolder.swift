import Foundation

/// A fresh folder under the system temporary directory, removed when released. Shared config
/// files are written here and passed by path through the injected environment, so no test
/// reads or writes the real `~/.aws`.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "/afq-sigv4-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` inside the folder and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        if executable {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
        }
        return file
    }

    /// An environment whose HOME is this folder, with instance metadata off so nothing leaves
    /// the machine; add to it per test.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["HOME": path, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true"]
        environment.merge(extra) { _, new in new }
        return environment
    }
}
