import AFQTestSupport
import AWSSigV4
import Foundation
import Testing

@testable import AFQSources

/// Listing an organisation's accounts against a fake AWS Organizations on loopback that checks
/// every signature and pages at 20, as the service does.
struct OrganizationsClientTests {
    static let key = "AKIDMANAGEMENT"
    static let secret = "management/secret/key"

    func client(_ fake: FakeOrganizations, policy: RetryPolicy = RetryPolicy()) -> OrganizationsClient {
        var client = OrganizationsClient(
            endpoint: fake.baseURL, signingRegion: "us-east-1", transport: CurlTransport(),
            credentials: { () async throws(CredentialsError) -> Credentials in
                Credentials(accessKeyId: Self.key, secretAccessKey: Self.secret, source: .explicit("test"))
            }, retryPolicy: policy)
        client.pause = { _ in }
        return client
    }

    static func accounts(_ count: Int, parent: (Int) -> String = { _ in "r-root" }) -> [FakeOrganizations.Account] {
        (0..<count).map {
            FakeOrganizations.Account(id: String(format: "%012d", 100 + $0), name: "account-\($0)", parent: parent($0))
        }
    }

    @Test func listsEveryPage() async throws {
        let fake = try FakeOrganizations(
            accounts: Self.accounts(45), verifier: SignatureVerifier(secrets: [Self.key: Self.secret]))
        let listed = try await client(fake).allAccounts()
        #expect(listed.count == 45)
        #expect(listed.first == OrganizationAccount(id: "000000000100", name: "account-0", status: "ACTIVE"))
        #expect(fake.actions == ["ListAccounts", "ListAccounts", "ListAccounts"])
        #expect(fake.server.requests.allSatisfy { $0.bodyText.contains("\"MaxResults\":20") })
    }

    @Test func walksDownOrganizationalUnits() async throws {
        // r-root ─ ou-a ─ ou-b; accounts 0–1 in the root, 2–4 in ou-a, 5–6 in ou-b.
        let parents = ["r-root", "r-root", "ou-a", "ou-a", "ou-a", "ou-b", "ou-b"]
        let fake = try FakeOrganizations(
            accounts: Self.accounts(7) { parents[$0] }, units: ["ou-a": "r-root", "ou-b": "ou-a"],
            verifier: SignatureVerifier(secrets: [Self.key: Self.secret]))
        let underA = try await client(fake).accounts(under: ["ou-a"])
        #expect(underA.map(\.name) == ["account-2", "account-3", "account-4", "account-5", "account-6"])
        let everything = try await client(fake).accounts(under: ["r-root"])
        #expect(everything.count == 7)
    }

    @Test func reportsTheServiceErrorWithAHint() async throws {
        let fake = try FakeOrganizations(
            accounts: Self.accounts(2), verifier: SignatureVerifier(secrets: [Self.key: Self.secret]),
            allowedCallers: { _ in false })
        await #expect {
            _ = try await client(fake).allAccounts()
        } throws: { error in
            guard let error = error as? OrganizationsError else { return false }
            return error.description.contains("ListAccounts failed: HTTP 400 AccessDeniedException")
                && error.hint?.contains("organizations:ListAccounts") == true
        }
    }

    @Test func anUnknownUnitIsReported() async throws {
        let fake = try FakeOrganizations(
            accounts: Self.accounts(2), verifier: SignatureVerifier(secrets: [Self.key: Self.secret]))
        await #expect {
            _ = try await client(fake).accounts(under: ["ou-none"])
        } throws: { error in
            (error as? OrganizationsError)?.description.contains("ParentNotFoundException") == true
        }
    }
}
