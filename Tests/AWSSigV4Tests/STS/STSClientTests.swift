import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// STS over real HTTP against `FakeSTS`: the form bodies, signatures (checked by an
/// independent verifier), answers, errors and retries.
struct STSClientTests {
    @Test func assumeRoleSendsASignedFormAndReadsTheCredentials() async throws {
        let clock = ManualClock()
        let sts = try STSFixture.fake(clock: clock)
        let role = try await STSFixture.client(sts.baseURL, clock: clock).assumeRole(
            roleArn: STSFixture.readRole, sessionName: "afq-1796616908", externalId: "ext id/1+2", mfa: nil,
            durationSeconds: 3600, credentials: STSFixture.userCredentials)

        let request = try #require(sts.server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/")
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(
            request.bodyText
                == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2FAppFlowRead"
                + "&RoleSessionName=afq-1796616908&ExternalId=ext%20id%2F1%2B2&DurationSeconds=3600")
        let call = try #require(sts.calls.first)
        #expect(call.accessKey == STSFixture.userKey)
        #expect(call.region == "eu-west-1")
        #expect(request.headers["authorization"]?.contains("/eu-west-1/sts/aws4_request") == true)

        let issued = try #require(sts.issued.first)
        #expect(role.credentials.accessKeyId == issued.accessKey)
        #expect(role.credentials.accessKeyId.hasPrefix("ASIA444455556666"))
        #expect(FakeSTS.account(ofAccessKey: role.credentials.accessKeyId) == "444455556666")
        #expect(role.credentials.secretAccessKey.reveal() == issued.secret)
        #expect(role.credentials.sessionToken?.reveal() == issued.sessionToken)
        #expect(role.credentials.expiration == clock.now.addingTimeInterval(3600))
        #expect(role.credentials.source == .assumedRole(roleArn: STSFixture.readRole))
        #expect(role.credentials.accountId == "444455556666")
        #expect(role.accountId == "444455556666")
        #expect(role.arn == "arn:aws:sts::444455556666:assumed-role/AppFlowRead/afq-1796616908")
        #expect(role.assumedRoleId == "AROA55556666EXAMPLE:afq-1796616908")
    }

    @Test func sendsTheMFASerialAndCode() async throws {
        let sts = try STSFixture.fake {
            $0.mfa[STSFixture.adminRole] = (serial: "arn:aws:iam::111122223333:mfa/alice", code: "123456")
        }
        let client = STSFixture.client(sts.baseURL)
        _ = try await client.assumeRole(
            roleArn: STSFixture.adminRole, sessionName: "s1", externalId: nil,
            mfa: (serial: "arn:aws:iam::111122223333:mfa/alice", code: "123456"), durationSeconds: nil,
            credentials: STSFixture.userCredentials)
        #expect(
            sts.server.requests.first?.bodyText
                == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2FAdmin"
                + "&RoleSessionName=s1&SerialNumber=arn%3Aaws%3Aiam%3A%3A111122223333%3Amfa%2Falice&TokenCode=123456")
        let error = await #expect(throws: STSError.self) {
            _ = try await client.assumeRole(
                roleArn: STSFixture.adminRole, sessionName: "s1", externalId: nil,
                mfa: (serial: "arn:aws:iam::111122223333:mfa/alice", code: "000000"), durationSeconds: nil,
                credentials: STSFixture.userCredentials)
        }
        #expect(error?.code == "AccessDenied")
        #expect(error?.message == "MultiFactorAuthentication failed with invalid MFA one time pass code.")
    }

    @Test func credentialsItIssuedAssumeTheNextRole() async throws {
        let sts = try STSFixture.fake()
        let client = STSFixture.client(sts.baseURL)
        let first = try await client.assumeRole(
            roleArn: STSFixture.readRole, sessionName: "one", externalId: nil, mfa: nil, durationSeconds: nil,
            credentials: STSFixture.userCredentials)
        let second = try await client.assumeRole(
            roleArn: STSFixture.otherRole, sessionName: "two", externalId: nil, mfa: nil, durationSeconds: nil,
            credentials: first.credentials)
        #expect(second.accountId == "777788889999")
        #expect(sts.calls.last?.callerArn == "arn:aws:sts::444455556666:assumed-role/AppFlowRead/one")
        #expect(sts.server.requests.last?.headers["x-amz-security-token"] == first.credentials.sessionToken?.reveal())

        let identity = try await client.callerIdentity(credentials: second.credentials)
        #expect(identity.account == "777788889999")
        #expect(identity.arn == "arn:aws:sts::777788889999:assumed-role/Audit/two")
        #expect(identity.userId == "AROA88889999EXAMPLE:two")
    }

    @Test func callerIdentityOfLongTermKeys() async throws {
        let sts = try STSFixture.fake()
        let identity = try await STSFixture.client(sts.baseURL).callerIdentity(
            credentials: STSFixture.userCredentials)
        #expect(
            identity == CallerIdentity(account: "111122223333", arn: STSFixture.userArn, userId: "AIDA22223333EXAMPLE"))
        #expect(sts.server.requests.first?.bodyText == "Action=GetCallerIdentity&Version=2011-06-15")
        #expect(sts.calls.first?.accessKey == STSFixture.userKey)
    }

    @Test func accessDeniedNamesTheCallerAndTheRole() async throws {
        let sts = try STSFixture.fake { $0.denied = [(caller: STSFixture.userArn, role: STSFixture.readRole)] }
        let error = await #expect(throws: STSError.self) {
            _ = try await STSFixture.client(sts.baseURL).assumeRole(
                roleArn: STSFixture.readRole, sessionName: "afq-1", externalId: nil, mfa: nil, durationSeconds: nil,
                credentials: STSFixture.userCredentials)
        }
        let denied = try #require(error)
        #expect(denied.status == 403)
        #expect(denied.code == "AccessDenied")
        #expect(denied.requestId?.isEmpty == false)
        #expect(
            denied.description
                == "AssumeRole of arn:aws:iam::444455556666:role/AppFlowRead failed: HTTP 403 AccessDenied: "
                + "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: "
                + "arn:aws:iam::444455556666:role/AppFlowRead; check the role's trust policy and that the caller may "
                + "call sts:AssumeRole on it")
        #expect(!denied.isRetryable)
        #expect(sts.calls.count == 1)
        Self.expectNoSecrets(denied)
    }

    @Test func aRequiredExternalIdIsChecked() async throws {
        let sts = try STSFixture.fake { $0.externalIds[STSFixture.readRole] = "corp-7" }
        let client = STSFixture.client(sts.baseURL)
        let error = await #expect(throws: STSError.self) {
            _ = try await client.assumeRole(
                roleArn: STSFixture.readRole, sessionName: "afq-1", externalId: nil, mfa: nil, durationSeconds: nil,
                credentials: STSFixture.userCredentials)
        }
        #expect(error?.code == "AccessDenied")
        _ = try await client.assumeRole(
            roleArn: STSFixture.readRole, sessionName: "afq-1", externalId: "corp-7", mfa: nil, durationSeconds: nil,
            credentials: STSFixture.userCredentials)
    }

    @Test func aWrongSecretIsASignatureMismatchWithoutTheSecret() async throws {
        let sts = try STSFixture.fake()
        let wrong = Credentials(
            accessKeyId: STSFixture.userKey, secretAccessKey: "notTheRightSecretEXAMPLE", source: .explicit("test"))
        let error = await #expect(throws: STSError.self) {
            _ = try await STSFixture.client(sts.baseURL).callerIdentity(credentials: wrong)
        }
        #expect(error?.code == "SignatureDoesNotMatch")
        #expect(error?.status == 403)
        #expect(error?.description.hasPrefix("GetCallerIdentity failed: HTTP 403 SignatureDoesNotMatch: ") == true)
        #expect(error?.description.contains("notTheRightSecretEXAMPLE") == false)
    }

    @Test func expiredIssuedCredentialsAreRefused() async throws {
        let clock = ManualClock()
        let sts = try STSFixture.fake(clock: clock) { $0.credentialLifetime = 60 }
        let client = STSFixture.client(sts.baseURL, clock: clock)
        let role = try await client.assumeRole(
            roleArn: STSFixture.readRole, sessionName: "short", externalId: nil, mfa: nil, durationSeconds: 3600,
            credentials: STSFixture.userCredentials)
        #expect(role.credentials.expiration == clock.now.addingTimeInterval(60))
        clock.advance(by: 120)
        let error = await #expect(throws: STSError.self) {
            _ = try await client.callerIdentity(credentials: role.credentials)
        }
        #expect(error?.code == "ExpiredToken")
        #expect(error?.description.contains("refresh them and try again") == true)
        Self.expectNoSecrets(try #require(error), issued: sts.issued)
    }

    @Test func webIdentityIsUnsignedAndSendsTheToken() async throws {
        let sts = try STSFixture.fake()
        let role = try await STSFixture.client(sts.baseURL).assumeRoleWithWebIdentity(
            roleArn: STSFixture.readRole, sessionName: "ci-run", token: Secret(STSFixture.webToken),
            durationSeconds: 900)
        let request = try #require(sts.server.requests.first)
        #expect(request.headers["authorization"] == nil)
        #expect(request.headers["x-amz-security-token"] == nil)
        #expect(
            request.bodyText
                == "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                + "&RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2FAppFlowRead&RoleSessionName=ci-run"
                + "&WebIdentityToken=\(STSFixture.webToken)&DurationSeconds=900")
        #expect(role.credentials.source == .webIdentity(roleArn: STSFixture.readRole))
        #expect(role.accountId == "444455556666")
        #expect(role.arn == "arn:aws:sts::444455556666:assumed-role/AppFlowRead/ci-run")
    }

    @Test func aRejectedWebIdentityTokenIsNotInTheError() async throws {
        let sts = try STSFixture.fake()
        let error = await #expect(throws: STSError.self) {
            _ = try await STSFixture.client(sts.baseURL).assumeRoleWithWebIdentity(
                roleArn: STSFixture.readRole, sessionName: "ci-run", token: Secret("eyJ.rotated-away.token"),
                durationSeconds: nil)
        }
        #expect(error?.code == "InvalidIdentityToken")
        #expect(error?.status == 400)
        #expect(
            error?.description.hasPrefix(
                "AssumeRoleWithWebIdentity of arn:aws:iam::444455556666:role/AppFlowRead failed: HTTP 400 InvalidIdentityToken: "
            ) == true)
        #expect(error?.description.contains("rotated-away") == false)
    }

    @Test func throttlingAndServerErrorsAreTriedAgain() async throws {
        let sts = try STSFixture.fake {
            $0.fault = { call in
                switch call.parameters["RoleSessionName"] {
                case "throttled":
                    .response(
                        status: 400, headers: [:],
                        body: FakeSTS.errorXML(code: "Throttling", message: "Rate exceeded"))
                case "broken": .response(status: 503, headers: [:], body: "<html>busy</html>")
                default: nil
                }
            }
        }
        let client = STSFixture.client(sts.baseURL)
        let throttled = await #expect(throws: STSError.self) {
            _ = try await client.assumeRole(
                roleArn: STSFixture.readRole, sessionName: "throttled", externalId: nil, mfa: nil,
                durationSeconds: nil, credentials: STSFixture.userCredentials)
        }
        #expect(throttled?.code == "Throttling")
        #expect(
            throttled?.description.hasSuffix(
                "Rate exceeded; STS is throttling these calls; wait a moment and try again") == true)
        #expect(sts.calls.count == 3)
        let broken = await #expect(throws: STSError.self) {
            _ = try await client.assumeRole(
                roleArn: STSFixture.readRole, sessionName: "broken", externalId: nil, mfa: nil, durationSeconds: nil,
                credentials: STSFixture.userCredentials)
        }
        #expect(broken?.status == 503)
        #expect(broken?.code == nil)
        #expect(broken?.description.contains("is not an STS answer") == true)
        #expect(broken?.description.contains("busy") == false)
        #expect(sts.calls.count == 6)
    }

    @Test func aFaultThatClearsSucceedsOnTheNextTry() async throws {
        let counter = Counter()
        let sts = try STSFixture.fake {
            $0.fault = { _ in
                counter.next() < 2
                    ? .response(
                        status: 500, headers: [:],
                        body: FakeSTS.errorXML(code: "InternalFailure", message: "x", type: "Receiver"))
                    : nil
            }
        }
        let identity = try await STSFixture.client(sts.baseURL).callerIdentity(credentials: STSFixture.userCredentials)
        #expect(identity.account == "111122223333")
        #expect(sts.calls.count == 3)
    }

    @Test func noAnswerIsATransportFailureTriedAgain() async throws {
        let closed = try LoopbackHTTPServerFactory.closedPort()
        let error = await #expect(throws: STSError.self) {
            _ = try await STSFixture.client(closed).callerIdentity(credentials: STSFixture.userCredentials)
        }
        let failure = try #require(error.flatMap(Self.transportFailure))
        #expect(failure.kind == .connectionFailed)
        #expect(error?.isRetryable == true)
        #expect(error?.description.hasPrefix("GetCallerIdentity failed: no answer from \(closed) (") == true)

        let transport = RecordingTransport()
        var client = STSClient(
            endpoint: ResolvedEndpoint(baseURL: closed, origin: "test", isCustom: true), signingRegion: "us-east-1",
            transport: transport)
        client.retryBaseDelay = 0.01
        _ = await #expect(throws: STSError.self) {
            _ = try await client.callerIdentity(credentials: STSFixture.userCredentials)
        }
        #expect(transport.requests.count == 3)
    }

    @Test func readsTheServiceAnswerAsSent() async throws {
        let server = try LoopbackHTTPServer { _ in
            .response(status: 200, headers: ["Content-Type": "text/xml"], body: STSResponses.assumeRole)
        }
        let role = try await STSFixture.client(server.baseURL).assumeRole(
            roleArn: STSFixture.readRole, sessionName: "afq-1796616908", externalId: nil, mfa: nil,
            durationSeconds: nil, credentials: STSFixture.userCredentials)
        #expect(role.credentials.accessKeyId == "ASIA444455556666TEST")
        #expect(role.credentials.sessionToken?.reveal() == "IQoJb3JpZ2luX2VjEXAMPLE+token/with/slashes==")
        let expected = Date(timeIntervalSince1970: 1_796_620_508.209)
        #expect(abs((role.credentials.expiration ?? .distantPast).timeIntervalSince(expected)) < 0.001)
        #expect(role.accountId == "444455556666")
    }

    @Test(arguments: [
        (200, "<html><body>proxy login</body></html>", "no AssumeRoleResult element"),
        (200, "not xml at all", "malformed XML at byte 0"),
        (
            403, "<ErrorResponse><Error><Message>m</Message></Error></ErrorResponse>",
            "no ErrorResponse with an error code"
        ),
        (
            200,
            "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>A</AccessKeyId></Credentials></AssumeRoleResult></AssumeRoleResponse>",
            "the answer lacks part of Credentials"
        ),
    ])
    func refusesAnswersThatAreNotSTS(_ status: Int, _ body: String, _ problem: String) async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: status, headers: [:], body: body) }
        let error = await #expect(throws: STSError.self) {
            _ = try await STSFixture.client(server.baseURL).assumeRole(
                roleArn: STSFixture.readRole, sessionName: "s1", externalId: nil, mfa: nil, durationSeconds: nil,
                credentials: STSFixture.userCredentials)
        }
        #expect(error?.status == status)
        #expect(error.flatMap(Self.problem)?.contains(problem) == true, "\(String(describing: error))")
        #expect(server.requests.count == 1)
    }

    @Test func refusesAnAnswerLargerThanOneMebibyte() async throws {
        let huge = "<a>" + String(repeating: "x", count: 1 << 20) + "</a>"
        let server = try LoopbackHTTPServer { _ in .response(status: 200, headers: [:], body: huge) }
        let error = await #expect(throws: STSError.self) {
            _ = try await STSFixture.client(server.baseURL).callerIdentity(credentials: STSFixture.userCredentials)
        }
        #expect(error?.failure == .unexpectedResponse(status: 200, problem: "the answer is larger than 1048576 bytes"))
    }

    @Test func serviceMessagesLoseControlCharacters() {
        #expect(STSClient.printable("a\u{1B}[31mred\nb") == "a [31mred b")
        #expect(STSClient.printable(String(repeating: "m", count: 1_500)).count == 1_001)
    }

    static func transportFailure(_ error: STSError) -> HTTPTransportError? {
        if case .transport(let failure) = error.failure { return failure }
        return nil
    }

    static func problem(_ error: STSError) -> String? {
        if case .unexpectedResponse(_, let problem) = error.failure { return problem }
        return nil
    }

    /// The error's description, debug description and dump hold no key or token.
    static func expectNoSecrets(_ error: STSError, issued: [FakeSTS.Issued] = []) {
        var rendered = String(describing: error) + String(reflecting: error)
        dump(error, to: &rendered)
        var secrets = [STSFixture.userSecret, STSFixture.webToken]
        for credentials in issued { secrets += [credentials.secret, credentials.sessionToken] }
        for secret in secrets { #expect(!rendered.contains(secret)) }
    }
}

/// Counts calls across the fake's threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The count before this call.
    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
