import Foundation

/// Remembers when each token was last sent to CreateToken, so a failing refresh is tried at
/// most once a minute however often credentials are asked for: the AWS SDKs' rule for IAM
/// Identity Center tokens (botocore waits 60 seconds between attempts), which keeps a broken
/// refresh token from hammering the OIDC service.
///
/// Keyed by cache file, and shared by the whole process (`shared`), so providers made afresh
/// for each resolution still obey it.
final class SSORefreshThrottle: @unchecked Sendable {
    static let shared = SSORefreshThrottle()
    /// Seconds between two attempts for the same token.
    static let interval: TimeInterval = 60

    private let lock = NSLock()
    private var lastAttempt: [String: Date] = [:]

    /// True, and the attempt recorded, when no attempt for `key` was made in the last minute
    /// before `now` (a clock that went backwards also allows one).
    func claim(_ key: String, at now: Date) -> Bool {
        lock.withLock {
            if let last = lastAttempt[key], now >= last, now.timeIntervalSince(last) < SSORefreshThrottle.interval {
                return false
            }
            lastAttempt[key] = now
            return true
        }
    }
}
