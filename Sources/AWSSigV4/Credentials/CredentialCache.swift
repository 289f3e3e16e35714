import Foundation

/// Resolves credentials once and again only when they are about to expire, so a long shell
/// session survives temporary credentials. Concurrent callers share one resolution.
///
/// The default margin is the AWS SDKs' advisory refresh window of 15 minutes (AWS SDKs and
/// Tools Reference Guide, "Standardized credential providers"): credentials that expire
/// within it are fetched again, so an assumed role never runs out in the middle of a query.
public actor CredentialCache {
    /// Finds credentials anew: a chain, or an assumed role in an organisation's member account.
    private let resolve: @Sendable () async throws(CredentialsError) -> Credentials
    /// Seconds before `expiration` at which credentials count as stale.
    public let refreshMargin: TimeInterval
    private var cached: Credentials?
    private var inFlight: Task<Result<Credentials, CredentialsError>, Never>?

    /// - Parameter refreshMargin: 15 minutes by default, the AWS SDKs' advisory refresh window.
    public init(chain: CredentialChain, refreshMargin: TimeInterval = 900) {
        self.init(refreshMargin: refreshMargin) { () async throws(CredentialsError) -> Credentials in
            try await chain.resolve()
        }
    }

    /// Caches what `resolve` finds.
    public init(
        refreshMargin: TimeInterval = 900, resolve: @escaping @Sendable () async throws(CredentialsError) -> Credentials
    ) {
        self.resolve = resolve
        self.refreshMargin = refreshMargin
    }

    /// Fresh credentials at `now` (the clock is injected).
    public func credentials(now: Date) async throws(CredentialsError) -> Credentials {
        if let cached, !cached.expires(within: refreshMargin, of: now) { return cached }
        let task: Task<Result<Credentials, CredentialsError>, Never>
        if let inFlight {
            task = inFlight
        } else {
            let resolve = self.resolve
            task = Task {
                do throws(CredentialsError) {
                    return .success(try await resolve())
                } catch {
                    return .failure(error)
                }
            }
            inFlight = task
        }
        let result = await task.value
        if inFlight == task { inFlight = nil }
        switch result {
        case .success(let credentials):
            cached = credentials
            return credentials
        case .failure(let error):
            throw error
        }
    }

    /// Forgets the cached credentials, e.g. after the service rejected them as expired.
    public func invalidate() {
        cached = nil
    }
}
