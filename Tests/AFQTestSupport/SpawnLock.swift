import Foundation

/// Held while a test starts a process and while a test server creates a socket, so that no
/// child inherits a socket that is not yet close-on-exec.
public enum SpawnLock {
    public static let shared = NSLock()
}
