import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// Plain HTTP through a proxy (a loopback server standing in for it): the proxy receives the
/// request in absolute form; `NO_PROXY` and the URL's scheme decide who goes direct; a proxy's
/// password never shows in an error.
struct CurlTransportProxyTests {
    @Test func sendsAnHTTPRequestToTheProxyInAbsoluteForm() async throws {
        let proxy = try LoopbackHTTPServer { _ in .json(#"{"via":"proxy"}"#) }
        let settings = try HTTPSettings.resolve(environment: ["HTTP_PROXY": proxy.baseURL], profile: nil)
        // A host no resolver knows: only the proxy can have answered.
        let request = HTTPRequest(
            method: "POST", url: "http://appflow.example.invalid/describe?x=1",
            headers: [(name: "X-Amz-Date", value: "d")],
            body: Array("{}".utf8), timeout: 10)
        let response = try await CurlTransport(settings: settings).send(request)
        #expect(response.bodyText == #"{"via":"proxy"}"#)
        let received = try #require(proxy.requests.first)
        #expect(received.method == "POST")
        #expect(received.path == "http://appflow.example.invalid/describe?x=1")
        #expect(received.headers["host"] == "appflow.example.invalid")
        #expect(received.headers["x-amz-date"] == "d")
        #expect(received.bodyText == "{}")
        #expect(received.headers["proxy-authorization"] == nil)
    }

    @Test func sendsTheProxysCredentials() async throws {
        let proxy = try LoopbackHTTPServer { _ in .json("{}") }
        let settings = try HTTPSettings.resolve(
            environment: ["http_proxy": "http://alice:s3cret@127.0.0.1:\(proxy.port)"], profile: nil)
        _ = try await CurlTransport(settings: settings).send(
            HTTPRequest(method: "GET", url: "http://appflow.example.invalid/", timeout: 10))
        let received = try #require(proxy.requests.first)
        #expect(received.headers["proxy-authorization"] == "Basic " + Data("alice:s3cret".utf8).base64EncodedString())
    }

    @Test func goesDirectToAHostInNoProxy() async throws {
        let proxy = try LoopbackHTTPServer { _ in .json(#""proxy""#) }
        let server = try LoopbackHTTPServer { _ in .json(#""direct""#) }
        for noProxy in ["127.0.0.1", "example.com, 127.0.0.1", "*"] {
            let settings = try HTTPSettings.resolve(
                environment: ["HTTP_PROXY": proxy.baseURL, "NO_PROXY": noProxy], profile: nil)
            let response = try await CurlTransport(settings: settings).send(
                HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
            #expect(response.bodyText == #""direct""#, "NO_PROXY=\(noProxy)")
        }
        #expect(proxy.requests.isEmpty)
        // Not covered by NO_PROXY: through the proxy.
        let settings = try HTTPSettings.resolve(
            environment: ["HTTP_PROXY": proxy.baseURL, "NO_PROXY": "example.com"], profile: nil)
        let response = try await CurlTransport(settings: settings).send(
            HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
        #expect(response.bodyText == #""proxy""#)
    }

    @Test func usesTheHTTPSProxyOnlyForHTTPSURLs() async throws {
        let proxy = try LoopbackHTTPServer { _ in .json(#""proxy""#) }
        let server = try LoopbackHTTPServer { _ in .json(#""direct""#) }
        let settings = try HTTPSettings.resolve(environment: ["HTTPS_PROXY": proxy.baseURL], profile: nil)
        let response = try await CurlTransport(settings: settings).send(
            HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 10))
        #expect(response.bodyText == #""direct""#)
        #expect(proxy.requests.isEmpty)
    }

    @Test func neverShowsTheProxysPasswordInAnError() async throws {
        let closed = try LoopbackHTTPServerFactory.closedPort()
        let unreachable = closed.replacingOccurrences(of: "http://", with: "http://alice:s3cret@")
        // The second is refused by HTTPSettings; curl would quote it whole.
        for proxy in [unreachable, "bogus://alice:s3cret@127.0.0.1:1"] {
            let transport = CurlTransport(settings: HTTPSettings(proxy: ProxySettings(http: proxy)))
            let error = await #expect(throws: HTTPTransportError.self) {
                try await transport.send(
                    HTTPRequest(method: "GET", url: "http://appflow.example.invalid/", timeout: 10))
            }
            #expect(error?.message.contains("s3cret") == false, "\(error?.message ?? "")")
            #expect(error?.message.contains("alice") == false, "\(error?.message ?? "")")
        }
    }
}
