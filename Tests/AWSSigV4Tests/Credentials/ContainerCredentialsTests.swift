import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// Container credentials (docs/live.md, "Signing in"; AWS SDKs and Tools Reference Guide,
/// "Container credential provider"), over real HTTP on loopback.
struct ContainerCredentialsTests {
    static let answer = #"""
        {"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "containersecret", "Token": "containertoken", "Expiration": "2030-01-02T03:04:05Z"}
        """#

    @Test func fetchesFromTheFullURIWithTheAuthorizationToken() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .json(Self.answer) }
        let url = server.baseURL + "/v2/credentials/abc"
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Bearer tok"],
            transport: CurlTransport())
        let credentials = try await chain.resolve()
        #expect(credentials.accessKeyId == "ASIACONTAINER")
        #expect(credentials.secretAccessKey.reveal() == "containersecret")
        #expect(credentials.sessionToken?.reveal() == "containertoken")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_893_553_445))
        #expect(credentials.source == .container(url: url))
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/v2/credentials/abc")
        #expect(request.headers["authorization"] == "Bearer tok")
    }

    @Test func theTokenFileWinsAndIsReadWithoutItsNewline() async throws {
        let folder = try TemporaryFolder()
        let tokenFile = try folder.write("token", "from-file\n")
        let server = try LoopbackHTTPServer { _ in .json(Self.answer) }
        let chain = try ChainFixture.chain(
            folder,
            [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "from-variable",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
            ], transport: CurlTransport())
        _ = try await chain.resolve()
        #expect(server.requests.first?.headers["authorization"] == "from-file")
    }

    @Test func theRelativeURIGoesToTheContainerAgent() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .json(Self.answer) }
        var chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/task"], transport: CurlTransport()
        )
        #expect(chain.containerBase == "http://169.254.170.2")
        chain.containerBase = server.baseURL
        let credentials = try await chain.resolve()
        #expect(credentials.source == .container(url: server.baseURL + "/v2/credentials/task"))
        #expect(server.requests.map(\.path) == ["/v2/credentials/task"])
    }

    @Test func aRefusalIsAnErrorWithoutRetries() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .json(#"{"message": "denied"}"#, status: 403) }
        let url = server.baseURL + "/creds"
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url], transport: CurlTransport())
        let error = await ChainFixture.error(chain)
        #expect(
            error?.description
                == "container credentials from \(url): HTTP 403; check AWS_CONTAINER_AUTHORIZATION_TOKEN / _FILE and the task role or pod identity association"
        )
        #expect(server.requests.count == 1)
    }

    @Test func retriesServerErrorsThreeTimes() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .json("{}", status: 503) }
        let url = server.baseURL + "/creds"
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url], transport: CurlTransport())
        #expect(await ChainFixture.error(chain) == .container(url: url, problem: "HTTP 503"))
        #expect(server.requests.count == 3)
    }

    @Test func aMalformedAnswerIsAnErrorThatDoesNotQuoteIt() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer { _ in .json(#"{"AccessKeyId": "A", "Secret": "partialsecret"}"#) }
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/c"], transport: CurlTransport())
        let error = await ChainFixture.error(chain)
        #expect(error?.description.hasSuffix("the answer is not the expected credentials JSON") == true)
        #expect(error?.description.contains("partialsecret") == false)
    }

    @Test func refusesPlainHTTPToOtherHosts() async throws {
        let folder = try TemporaryFolder()
        let transport = RecordingTransport()
        let chain = try ChainFixture.chain(
            folder, ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://evil.example/creds"], transport: transport)
        #expect(
            await ChainFixture.error(chain)
                == .containerConfiguration(
                    problem:
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI must use https, or http to a loopback or container-agent address, not evil.example"
                ))
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [
        "https://anything.example/creds", "http://127.0.0.1:80/c", "http://127.1.2.3/c", "http://localhost/c",
        "http://169.254.170.2/c", "http://169.254.170.23/v1/credentials", "http://[fd00:ec2::23]/c", "http://[::1]:9/c",
    ])
    func allowsHTTPSAndLocalAddresses(_ url: String) throws {
        try ContainerCredentialsProvider.checkFullURI(url)
    }

    @Test func anUnreadableTokenFileIsAnError() async throws {
        let folder = try TemporaryFolder()
        let chain = try ChainFixture.chain(
            folder,
            [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:1/c",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": folder.path + "/missing",
            ])
        #expect(
            await ChainFixture.error(chain)
                == .containerConfiguration(
                    problem:
                        "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(folder.path)/missing; check the path and its permissions"
                ))
    }
}
