import Foundation

/// Programs a test needs that may not be installed (a shell, groff): tests that need one skip
/// with a note saying so, rather than fail on a machine without it.
public enum InstalledProgram {
    /// `name`'s path on PATH (or in /usr/bin and /bin), or nil.
    public static func named(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
