import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// The `~/.aws/sso/cache` files: names, dates, and writing back without losing anything.
struct SSOTokenCacheTests {
    static func object(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func namesTheFileBySHA1OfTheSessionNameOrTheStartURL() {
        // Expected values from `printf %s corp | sha1sum`, and so on.
        #expect(SSOTokenCache.fileName(for: "corp") == "ee0bfd2552fbd840c02cc48b6e823320543c450f.json")
        #expect(
            SSOTokenCache.fileName(for: "https://legacy.awsapps.com/start")
                == "79e435d7a515078e81c9dffc35f38d5687ebd3a7.json")
        let cache = SSOTokenCache(home: "/home/me/")
        #expect(cache.path(for: "corp") == "/home/me/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json")
    }

    @Test func findsTheFileTheFakeLoginWrote() throws {
        let folder = try TemporaryFolder()
        let fake = try FakeIdentityCenter()
        let path = try fake.login(
            home: folder.path, ssoSession: "corp", startURL: "https://corp.awsapps.com/start", region: "us-east-1",
            expiresAt: Date(timeIntervalSince1970: 1_796_644_800))
        #expect(path == SSOTokenCache(home: folder.path).path(for: "corp"))
        let token = try #require(try SSOTokenCache(home: folder.path).read(key: "corp", loginCommand: "login"))
        #expect(token.expiresAt == Date(timeIntervalSince1970: 1_796_644_800))
        #expect(token.startURL == "https://corp.awsapps.com/start")
        #expect(token.region == "us-east-1")
        #expect(token.clientId?.hasPrefix("fake-client-") == true)
        #expect(fake.issuedSecrets.contains(token.accessToken.reveal()))
        #expect(fake.issuedSecrets.contains(try #require(token.refreshToken).reveal()))
        #expect(fake.issuedSecrets.contains(try #require(token.clientSecret).reveal()))
        #expect(token.isRefreshable(at: Date(timeIntervalSince1970: 1_796_644_800)))
    }

    @Test(arguments: [
        ("2026-12-07T12:00:00Z", 1_796_644_800.0),
        ("2026-12-07T12:00:00.250Z", 1_796_644_800.25),
        ("2026-12-07T14:00:00+02:00", 1_796_644_800.0),
        ("2026-12-07T07:00:00.5-05:00", 1_796_644_800.5),
        ("2026-12-07T12:00:00UTC", 1_796_644_800.0),
    ])
    func readsISO8601DatesWithFractionsAndOffsets(text: String, seconds: Double) throws {
        let folder = try TemporaryFolder()
        let cache = SSOTokenCache(home: folder.path)
        try FileManagerHelper.makeFolder(cache.folder)
        try Data(#"{"accessToken": "SECRET-a", "expiresAt": "\#(text)", "registrationExpiresAt": "\#(text)"}"#.utf8)
            .write(to: URL(fileURLWithPath: cache.path(for: "corp")))
        let token = try #require(try cache.read(key: "corp", loginCommand: "login"))
        #expect(abs(token.expiresAt.timeIntervalSince1970 - seconds) < 0.001)
        #expect(abs((token.registrationExpiresAt?.timeIntervalSince1970 ?? 0) - seconds) < 0.001)
    }

    @Test func noFileIsNoToken() throws {
        let folder = try TemporaryFolder()
        #expect(try SSOTokenCache(home: folder.path).read(key: "corp", loginCommand: "login") == nil)
    }

    @Test(arguments: [
        ("not json", "is not a JSON object"),
        (#"{"expiresAt": "2026-12-07T12:00:00Z"}"#, "has no accessToken"),
        (#"{"accessToken": "SECRET-x"}"#, "has no expiresAt"),
        (#"{"accessToken": "SECRET-x", "expiresAt": "tomorrow"}"#, "has an expiresAt that is not an ISO 8601 date"),
    ])
    func anUnusableFileAsksForANewLogin(text: String, problem: String) throws {
        let folder = try TemporaryFolder()
        let cache = SSOTokenCache(home: folder.path)
        try FileManagerHelper.makeFolder(cache.folder)
        let path = cache.path(for: "corp")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(
            throws: CredentialsError.ssoLoginRequired(
                reason: "the cached IAM Identity Center token \(path) \(problem)",
                command: "aws sso login --sso-session corp")
        ) {
            try cache.read(key: "corp", loginCommand: "aws sso login --sso-session corp")
        }
    }

    @Test func refusesAFileLargerThanOneMebibyte() throws {
        let folder = try TemporaryFolder()
        let cache = SSOTokenCache(home: folder.path)
        try FileManagerHelper.makeFolder(cache.folder)
        let path = cache.path(for: "corp")
        try Data(repeating: 32, count: SSOTokenCache.maximumFileSize + 1).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: CredentialsError.self) { try cache.read(key: "corp", loginCommand: "login") }
        #expect(error.map { "\($0)" }?.contains("larger than 1 MiB") == true)
    }

    @Test func storingKeepsOtherKeysAndWritesMode0600Atomically() throws {
        let folder = try TemporaryFolder()
        let cache = SSOTokenCache(home: folder.path)
        try FileManagerHelper.makeFolder(cache.folder)
        let path = cache.path(for: "corp")
        try Data(
            #"""
            {"startUrl": "https://corp.awsapps.com/start", "region": "us-east-1", "accessToken": "SECRET-old",
             "expiresAt": "2026-12-07T12:00:00Z", "clientId": "client-1", "clientSecret": "SECRET-client",
             "registrationExpiresAt": "2027-03-07T12:00:00.123Z", "refreshToken": "SECRET-refresh-old",
             "newerToolKey": {"nested": [1, 2]}}
            """#.utf8
        ).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        var token = try #require(try cache.read(key: "corp", loginCommand: "login"))
        token.accessToken = Secret("SECRET-new")
        token.refreshToken = Secret("SECRET-refresh-new")
        token.expiresAt = Date(timeIntervalSince1970: 1_796_673_600)
        try cache.store(token, key: "corp")

        let object = try Self.object(path)
        #expect(object["accessToken"] as? String == "SECRET-new")
        #expect(object["refreshToken"] as? String == "SECRET-refresh-new")
        #expect(object["expiresAt"] as? String == "2026-12-07T20:00:00Z")
        #expect(object["clientSecret"] as? String == "SECRET-client")
        #expect(object["clientId"] as? String == "client-1")
        #expect(object["startUrl"] as? String == "https://corp.awsapps.com/start")
        let nested = try #require(object["newerToolKey"] as? [String: Any])
        #expect((nested["nested"] as? [Int]) == [1, 2])
        let reread = try #require(try cache.read(key: "corp", loginCommand: "login"))
        #expect(abs((reread.registrationExpiresAt?.timeIntervalSince1970 ?? 0) - 1_804_420_800.123) < 0.001)

        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: cache.folder) == [(path as NSString).lastPathComponent])
    }

    @Test func storingCreatesTheFolderAndReportsWhatFailed() throws {
        let folder = try TemporaryFolder()
        let cache = SSOTokenCache(home: folder.path)
        let token = SSOToken(
            startURL: nil, region: nil, accessToken: Secret("SECRET-t"), expiresAt: Date(timeIntervalSince1970: 0),
            clientId: nil, clientSecret: nil, registrationExpiresAt: nil, refreshToken: nil, document: Data())
        try cache.store(token, key: "corp")
        let object = try Self.object(cache.path(for: "corp"))
        #expect(object["accessToken"] as? String == "SECRET-t")
        #expect(object["expiresAt"] as? String == "1970-01-01T00:00:00Z")

        // The file's place taken by a folder that is not empty (root is refused too): the error
        // names the file and the step, and no temporary file is left behind.
        let path = cache.path(for: "corp")
        try FileManager.default.removeItem(atPath: path)
        try FileManagerHelper.makeFolder(path + "/inside")
        let error = #expect(throws: CredentialsError.self) { try cache.store(token, key: "corp") }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.hasPrefix("IAM Identity Center token cache \(path): cannot replace the file ("), "\(text)")
        #expect(text.hasSuffix("); check that you own \(cache.folder) and may write there"))
        #expect(!text.contains("SECRET"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: cache.folder) == [(path as NSString).lastPathComponent])
    }

    @Test func aTokenPrintsNoSecret() throws {
        let token = SSOToken(
            startURL: "https://corp.awsapps.com/start", region: "us-east-1", accessToken: Secret("SECRET-access"),
            expiresAt: Date(timeIntervalSince1970: 1_796_644_800), clientId: "client-1",
            clientSecret: Secret("SECRET-client"), registrationExpiresAt: nil, refreshToken: Secret("SECRET-refresh"),
            document: Data(#"{"accessToken": "SECRET-access"}"#.utf8))
        var dumped = ""
        dump(token, to: &dumped)
        for text in ["\(token)", String(reflecting: token), dumped] {
            #expect(!text.contains("SECRET"), "\(text)")
        }
        #expect("\(token)".contains("2026-12-07T12:00:00Z"))
    }
}
