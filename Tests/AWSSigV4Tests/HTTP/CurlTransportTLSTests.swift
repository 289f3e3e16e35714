import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// HTTPS to a loopback server whose certificate a test authority issued, as behind a proxy
/// that inspects TLS: refused with the system's store, accepted with the authority as CA
/// bundle from `AWS_CA_BUNDLE` or a profile's `ca_bundle`, also through a `CONNECT` proxy.
@Suite(.enabled(if: TestCertificates.openSSL != nil, "needs the openssl command to make a test certificate authority"))
struct CurlTransportTLSTests {
    @Test func refusesAServerWhoseCertificateDoesNotVerify() async throws {
        let certificates = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
        }
        #expect(error?.kind == .other)
        let message = error?.message ?? ""
        #expect(message.hasPrefix("the server's certificate did not verify ("), "\(message)")
        #expect(message.contains("set AWS_CA_BUNDLE or the profile's ca_bundle"), "\(message)")
    }

    @Test func acceptsTheServerWithItsAuthorityFromAWSCABundle() async throws {
        let certificates = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        let settings = try HTTPSettings.resolve(environment: ["AWS_CA_BUNDLE": certificates.caFile], profile: nil)
        let response = try await CurlTransport(settings: settings).send(
            HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
        #expect(response.status == 200)
        #expect(response.bodyText.contains("<HTML>"))
    }

    @Test func acceptsTheServerWithItsAuthorityFromTheProfilesCABundle() async throws {
        let certificates = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        let profile = try ProfileFixture.profile(config: "[default]\nca_bundle = \(certificates.caFile)\n")
        let settings = try HTTPSettings.resolve(environment: [:], profile: profile)
        // By name too: the certificate names localhost as well as 127.0.0.1.
        let url = server.baseURL.replacingOccurrences(of: "127.0.0.1", with: "localhost") + "/"
        let response = try await CurlTransport(settings: settings).send(
            HTTPRequest(method: "GET", url: url, timeout: 10))
        #expect(response.status == 200)
    }

    @Test func refusesTheServerWithAnotherAuthoritysBundleAndNamesIt() async throws {
        let certificates = try TestCertificates()
        let other = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        let settings = try HTTPSettings.resolve(environment: ["AWS_CA_BUNDLE": other.caFile], profile: nil)
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport(settings: settings).send(
                HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
        }
        #expect(error?.kind == .other)
        let message = error?.message ?? ""
        #expect(
            message.hasPrefix(
                "the server's certificate did not verify against the CA bundle \(other.caFile) from AWS_CA_BUNDLE"),
            "\(message)")
    }

    @Test func reportsABundleThatIsNotPEM() async throws {
        let certificates = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        let folder = try TemporaryFolder()
        let notPEM = try folder.write("bundle.pem", "not a certificate\n")
        let settings = try HTTPSettings.resolve(environment: ["AWS_CA_BUNDLE": notPEM], profile: nil)
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport(settings: settings).send(
                HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
        }
        #expect(error?.kind == .other)
        #expect(error?.message.contains(notPEM) == true, "\(error?.message ?? "")")
    }

    @Test func reachesTheServerThroughAConnectProxy() async throws {
        let certificates = try TestCertificates()
        let server = try TLSTestServer(certificates: certificates)
        let proxy = try LoopbackConnectProxy()
        let url = "https://localhost:\(server.port)/"
        let settings = try HTTPSettings.resolve(
            environment: [
                "AWS_CA_BUNDLE": certificates.caFile, "HTTPS_PROXY": "http://alice:s3cret@127.0.0.1:\(proxy.port)",
            ],
            profile: nil)
        let response = try await CurlTransport(settings: settings).send(
            HTTPRequest(method: "GET", url: url, timeout: 10))
        #expect(response.status == 200)
        #expect(proxy.tunnels.map(\.target) == ["localhost:\(server.port)"])
        #expect(proxy.tunnels.first?.proxyAuthorization == "Basic " + Data("alice:s3cret".utf8).base64EncodedString())
        // NO_PROXY naming the host goes direct.
        var direct = settings
        direct.proxy.noProxy = "localhost"
        _ = try await CurlTransport(settings: direct).send(HTTPRequest(method: "GET", url: url, timeout: 10))
        #expect(proxy.tunnels.count == 1)
    }
}
