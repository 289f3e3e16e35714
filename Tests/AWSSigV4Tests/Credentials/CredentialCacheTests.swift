import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

struct CredentialCacheTests {
    /// Expires 2030-01-02T03:04:05Z.
    static let expiry = Date(timeIntervalSince1970: 1_893_553_445)

    /// The SDKs' advisory window: credentials are fetched again 15 minutes before they expire.
    @Test func resolvesAgainFifteenMinutesBeforeExpiry() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .json(ContainerCredentialsTests.answer) }
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/c"], transport: CurlTransport())
        let cache = CredentialCache(chain: chain)
        #expect(await cache.refreshMargin == 900)
        _ = try await cache.credentials(now: Self.expiry.addingTimeInterval(-3600))
        _ = try await cache.credentials(now: Self.expiry.addingTimeInterval(-901))
        #expect(server.requests.count == 1)
        _ = try await cache.credentials(now: Self.expiry.addingTimeInterval(-899))
        #expect(server.requests.count == 2)
        await cache.invalidate()
        _ = try await cache.credentials(now: Self.expiry.addingTimeInterval(-3600))
        #expect(server.requests.count == 3)
    }

    @Test func concurrentCallersShareOneResolution() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .delayed(seconds: 0.3, .json(ContainerCredentialsTests.answer)) }
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/c"], transport: CurlTransport())
        let cache = CredentialCache(chain: chain)
        let now = Self.expiry.addingTimeInterval(-3600)
        async let first = cache.credentials(now: now)
        async let second = cache.credentials(now: now)
        let both = try await [first, second]
        #expect(both.allSatisfy { $0.accessKeyId == "ASIACONTAINER" })
        #expect(server.requests.count == 1)
    }

    @Test func longTermCredentialsNeverExpire() {
        let credentials = Vectors.credentials()
        #expect(!credentials.expires(within: 1e9, of: Date()))
    }
}
