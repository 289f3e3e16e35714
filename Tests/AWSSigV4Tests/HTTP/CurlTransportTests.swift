import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// The libcurl transport against a real server on loopback: what goes on the wire, what comes
/// back, and each way of getting no answer.
struct CurlTransportTests {
    @Test func sendsTheRequestsHeadersAndBodyAsGiven() async throws {
        let server = try LoopbackHTTPServer { _ in .json(#"{"ok":true}"#) }
        let request = HTTPRequest(
            method: "POST", url: server.baseURL + "/describe-connectors?x=1",
            headers: [
                (name: "Content-Type", value: "application/x-amz-json-1.1"),
                (name: "X-Amz-Date", value: "20240101T000000Z"),
                (name: "X-Empty", value: ""),
            ], body: Array(#"{"maxResults":10}"#.utf8))
        _ = try await CurlTransport().send(request)
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.path == "/describe-connectors?x=1")
        #expect(received.bodyText == #"{"maxResults":10}"#)
        #expect(received.headers["host"] == "127.0.0.1:\(server.port)")
        #expect(received.headers["content-type"] == "application/x-amz-json-1.1")
        #expect(received.headers["content-length"] == "17")
        #expect(received.headers["x-amz-date"] == "20240101T000000Z")
        #expect(received.headers["x-empty"] == "")
        #expect(received.headers["user-agent"] == "afq")
        #expect(received.headers["expect"] == nil)
    }

    @Test func sendsTheRequestsOwnHostHeaderBecauseItWasSigned() async throws {
        let server = try LoopbackHTTPServer { _ in .json("{}") }
        let request = HTTPRequest(
            method: "GET", url: server.baseURL + "/", headers: [(name: "Host", value: "appflow.example.com")])
        _ = try await CurlTransport().send(request)
        #expect(server.requests.first?.headers["host"] == "appflow.example.com")
    }

    @Test func addsNoContentTypeAndSendsAnEmptyPutWithALength() async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: 200, headers: [:], body: "token") }
        let request = HTTPRequest(
            method: "PUT", url: server.baseURL + "/latest/api/token",
            headers: [(name: "X-aws-ec2-metadata-token-ttl-seconds", value: "21600")], timeout: 5)
        let response = try await CurlTransport().send(request)
        #expect(response.bodyText == "token")
        let received = try #require(server.requests.first)
        #expect(received.method == "PUT")
        #expect(received.headers["content-length"] == "0")
        #expect(received.headers["content-type"] == nil)
        #expect(received.headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600")
    }

    @Test func returnsStatusHeadersAndBodyOfAnyStatus() async throws {
        let server = try LoopbackHTTPServer { _ in
            .response(
                status: 503, headers: ["X-Amzn-RequestId": "req-1", "X-Amzn-ErrorType": "ServiceUnavailableException"],
                body: #"{"message":"busy"}"#)
        }
        let response = try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/"))
        #expect(response.status == 503)
        #expect(response.headers["x-amzn-requestid"] == "req-1")
        #expect(response.headers["x-amzn-errortype"] == "ServiceUnavailableException")
        #expect(response.headers["content-length"] == "18")
        #expect(response.bodyText == #"{"message":"busy"}"#)
    }

    @Test func doesNotFollowRedirects() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/elsewhere"
                ? .json("{}") : .response(status: 307, headers: ["Location": "/elsewhere"], body: "")
        }
        let response = try await CurlTransport().send(HTTPRequest(method: "POST", url: server.baseURL + "/start"))
        #expect(response.status == 307)
        #expect(response.headers["location"] == "/elsewhere")
        #expect(server.requests.map(\.path) == ["/start"])
    }

    @Test func keepsOnlyTheFinalResponsesHeaders() {
        let block = Array(
            "HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nX-Folded: one\r\n  two\r\nContent-Length: 0\r\n\r\n"
                .utf8)
        let headers = CurlTransport.parseHeaders(block)
        #expect(headers == ["set-cookie": "a, b", "x-folded": "one two", "content-length": "0"])
    }

    @Test func givesUpAtTheRequestsDeadline() async throws {
        let server = try LoopbackHTTPServer { _ in .delayed(seconds: 30, .json("{}")) }
        let request = HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 0.4)
        let error = await #expect(throws: HTTPTransportError.self) { try await CurlTransport().send(request) }
        #expect(error == HTTPTransportError(.timedOut, "no answer within 1 s"))
        // Timed on this thread, so the time is libcurl's alone: awaiting `send` also waits for a
        // free thread of the test run's pool, which tests that run afq's binary can hold for tens
        // of seconds on a busy machine (this check once measured 30 s that way).
        let started = ContinuousClock.now
        let result = CurlTransport.perform(
            request, headerLines: [], connectTimeout: 10, cancel: CurlTransport.CancelFlag())
        // Far below the server's delay; not tight, as a busy machine may be slow to run the thread.
        #expect(started.duration(to: .now) < .seconds(20))
        if case .failure(let error) = result {
            #expect(error.kind == .timedOut)
        } else {
            Issue.record("an answer came after the deadline")
        }
    }

    @Test func stopsWhenTheTaskIsCancelled() async throws {
        let server = try LoopbackHTTPServer { _ in .delayed(seconds: 30, .json("{}")) }
        let task = Task {
            try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 60))
        }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let error = await #expect(throws: HTTPTransportError.self) { try await task.value }
        #expect(error == HTTPTransportError(.other, "cancelled"))
        // How soon libcurl lets go, timed on this thread (see givesUpAtTheRequestsDeadline).
        let flag = CurlTransport.CancelFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { flag.set() }
        let started = ContinuousClock.now
        let result = CurlTransport.perform(
            HTTPRequest(method: "GET", url: server.baseURL + "/", timeout: 60), headerLines: [], connectTimeout: 10,
            cancel: flag)
        #expect(started.duration(to: .now) < .seconds(20))
        if case .failure(let error) = result {
            #expect(error == HTTPTransportError(.other, "cancelled"))
        } else {
            Issue.record("an answer came after the cancellation")
        }
    }

    @Test func reportsARefusedConnection() async throws {
        let url = try LoopbackHTTPServerFactory.closedPort()
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport().send(HTTPRequest(method: "GET", url: url + "/", timeout: 5))
        }
        #expect(error?.kind == .connectionFailed)
    }

    @Test func reportsADroppedConnection() async throws {
        let server = try LoopbackHTTPServer { _ in .drop }
        let error = await #expect(throws: HTTPTransportError.self) {
            try await CurlTransport().send(HTTPRequest(method: "POST", url: server.baseURL + "/", timeout: 5))
        }
        #expect(error?.kind == .connectionFailed)
    }

    @Test func rejectsHeadersThatWouldSplitTheRequest() async throws {
        let server = try LoopbackHTTPServer { _ in .json("{}") }
        let request = HTTPRequest(
            method: "GET", url: server.baseURL + "/", headers: [(name: "X-Bad", value: "a\r\nX-Injected: b")])
        await #expect(throws: HTTPTransportError.self) { try await CurlTransport().send(request) }
        #expect(server.requests.isEmpty)
    }
}
