import AFQTestSupport
import Foundation

@testable import AWSSigV4

/// A fake STS with one IAM user and a few roles, and clients pointed at it.
enum STSFixture {
    static let userAccount = "111122223333"
    static let userArn = "arn:aws:iam::111122223333:user/alice"
    static let userKey = "AKIAALICE0000EXAMPLE"
    static let userSecret = "aliceSecretKey/K7MDENG+bPxRfiCYEXAMPLE"
    static let roleAccount = "444455556666"
    static let readRole = "arn:aws:iam::444455556666:role/AppFlowRead"
    static let adminRole = "arn:aws:iam::444455556666:role/Admin"
    static let otherRole = "arn:aws:iam::777788889999:role/Audit"
    static let webToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQifQ.c2lnbmF0dXJlLWV4YW1wbGU"

    static var user: FakeSTS.User { FakeSTS.User(accessKey: userKey, secret: userSecret, arn: userArn) }

    static var roles: [String: String] {
        [readRole: roleAccount, adminRole: roleAccount, otherRole: "777788889999"]
    }

    /// The user's long-term keys as the client sends them.
    static var userCredentials: Credentials {
        Credentials(accessKeyId: userKey, secretAccessKey: userSecret, source: .explicit("test user"))
    }

    static func fake(clock: ManualClock? = nil, _ change: (inout FakeSTS.Configuration) -> Void = { _ in }) throws
        -> FakeSTS
    {
        var configuration = FakeSTS.Configuration(users: [user], roles: roles)
        configuration.webIdentityTokens = [webToken]
        change(&configuration)
        guard let clock else { return try FakeSTS(configuration) }
        return try FakeSTS(configuration, now: clock.reader)
    }

    static func client(_ baseURL: String, region: String = "eu-west-1", clock: ManualClock? = nil) -> STSClient {
        var client = STSClient(
            endpoint: ResolvedEndpoint(baseURL: baseURL, origin: "test", isCustom: true), signingRegion: region,
            transport: CurlTransport())
        client.retryBaseDelay = 0.01
        if let clock { client.now = clock.reader }
        return client
    }
}
