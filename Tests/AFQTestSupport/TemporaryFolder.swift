import Foundation

/// A fresh folder under the system's temporary directory, for one test: data, configuration and
/// credential files are written here and handed to the code under test by path, so no test
/// reads or writes the user's own files (`~/.aws`, `~/.afq_history`, …).
///
/// The folder is removed when the value is released, or earlier by `remove()`. Keep the value
/// (not only its `path`) for as long as the files are used: `defer { folder.remove() }` is the
/// plainest way to say so.
public final class TemporaryFolder: Sendable {
    /// The folder's absolute path, without a trailing slash.
    public let path: String

    /// Makes the folder, named `<prefix>-<UUID>`.
    public init(prefix: String = "afq-test") throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        remove()
    }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The path of `name` inside the folder (which need not exist).
    public func path(_ name: String) -> String {
        path + "/" + name
    }

    /// Writes `text` to `name` inside the folder, making any folders `name` passes through, and
    /// returns the file's path. `executable` makes the file executable (mode 755), for scripts.
    @discardableResult
    public func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path(name)
        let parent = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        if executable {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
        }
        return file
    }

    /// Makes the folder `name` inside this one (and any folders it passes through) and returns
    /// its path.
    @discardableResult
    public func makeFolder(_ name: String) throws -> String {
        let folder = path(name)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes the folder and everything in it now.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
