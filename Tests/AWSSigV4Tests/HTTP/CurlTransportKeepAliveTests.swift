import AFQTestSupport
import CCurlShim
import Foundation
import Testing

@testable import AWSSigV4

/// Connections kept alive between requests, counted by a loopback server: reused for the same
/// host, replaced without an error when the server has closed them, and safe under many
/// requests at once. Serialized, as the pool of idle connections is the process's and a burst
/// of concurrent requests could otherwise push out another test's connection.
@Suite(.serialized) struct CurlTransportKeepAliveTests {
    @Test func sendsSequentialRequestsToAHostOnOneConnection() async throws {
        let server = try LoopbackHTTPServer { request in .json(#"{"path":"\#(request.path)"}"#) }
        for index in 0..<20 {
            // A new transport value each time: the kept connections are the process's.
            let request = HTTPRequest(
                method: index.isMultiple(of: 2) ? "POST" : "GET", url: server.baseURL + "/\(index)",
                body: index.isMultiple(of: 2) ? Array("{}".utf8) : [], timeout: 10)
            let response = try await CurlTransport().send(request)
            #expect(response.bodyText == #"{"path":"/\#(index)"}"#)
        }
        #expect(server.requests.count == 20)
        // Without keep-alive this is 20. Other suites running at the same time share the
        // process's pool of idle handles, and a burst of theirs may push this host's out (the
        // pool keeps 64): so a few, not exactly one.
        #expect(server.acceptedConnections <= 3)
    }

    @Test func keepsEachHostsConnectionWhenRequestsAlternate() async throws {
        let first = try LoopbackHTTPServer { _ in .json("1") }
        let second = try LoopbackHTTPServer { _ in .json("2") }
        for _ in 0..<5 {
            #expect(
                try await CurlTransport().send(HTTPRequest(method: "GET", url: first.baseURL + "/")).bodyText == "1")
            #expect(
                try await CurlTransport().send(HTTPRequest(method: "GET", url: second.baseURL + "/")).bodyText == "2")
        }
        #expect(first.acceptedConnections == 1)
        #expect(second.acceptedConnections == 1)
    }

    @Test func answersFiftyConcurrentRequestsAndKeepsTheirConnections() async throws {
        // No answer until all fifty have arrived: they are in flight at once.
        let arrivals = Barrier(count: 50)
        let server = try LoopbackHTTPServer { request in
            arrivals.arrive()
            return .json(#""\#(request.path)""#)
        }
        let transport = CurlTransport()
        let bodies = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<50 {
                group.addTask {
                    let request = HTTPRequest(method: "GET", url: server.baseURL + "/\(index)", timeout: 30)
                    return (index, try await transport.send(request).bodyText)
                }
            }
            var bodies: [Int: String] = [:]
            for try await (index, body) in group { bodies[index] = body }
            return bodies
        }
        #expect(bodies.count == 50)
        #expect((0..<50).allSatisfy { bodies[$0] == #""/\#($0)""# })
        let opened = server.acceptedConnections
        #expect(opened == 50)
        // The next requests find idle connections instead of opening new ones.
        for index in 0..<10 {
            _ = try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/after/\(index)"))
        }
        #expect(server.acceptedConnections == opened)
    }

    @Test func keepsAtMostSixtyFourIdleConnectionsAfterABurst() async throws {
        let arrivals = Barrier(count: 120)
        let server = try LoopbackHTTPServer { _ in
            arrivals.arrive()
            return .json("{}")
        }
        let transport = CurlTransport()
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<120 {
                group.addTask {
                    try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/\(index)", timeout: 60))
                        .status
                }
            }
            var statuses: [Int] = []
            for try await status in group { statuses.append(status) }
            return statuses
        }
        #expect(statuses.count == 120 && statuses.allSatisfy { $0 == 200 })
        #expect(server.acceptedConnections == 120)
        // At most 64, whatever other suites running meanwhile take out or put back.
        #expect(afq_http_idle_handles() <= 64)
        // The kept ones still serve.
        _ = try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/after"))
        #expect(server.acceptedConnections == 120)
    }

    @Test func answersEveryRequestWhenTheServerClosesIdleConnections() async throws {
        let server = try LoopbackHTTPServer(closesIdleConnections: true) { request in .json(#""\#(request.path)""#) }
        let started = ContinuousClock.now
        for index in 0..<10 {
            let request = HTTPRequest(method: "POST", url: server.baseURL + "/\(index)", body: [1, 2], timeout: 20)
            #expect(try await CurlTransport().send(request).bodyText == #""/\#(index)""#)
        }
        #expect(server.acceptedConnections == 10)
        // Far below one request's deadline: no request waited on a closed connection.
        #expect(started.duration(to: .now) < .seconds(15))
    }

    @Test func sendsAgainOnAFreshConnectionWhenAKeptOneEndsUnanswered() async throws {
        // Answers a connection's first request and drops the connection at its second, as a
        // server does that closes an idle connection just as the client reuses it.
        let server = try LoopbackHTTPServer { request in
            request.indexOnConnection == 1 ? .json(#""\#(request.bodyText)""#) : .drop
        }
        let started = ContinuousClock.now
        for index in 0..<5 {
            let request = HTTPRequest(
                method: "POST", url: server.baseURL + "/", body: Array("body \(index)".utf8), timeout: 20)
            #expect(try await CurlTransport().send(request).bodyText == #""body \#(index)""#)
        }
        #expect(server.acceptedConnections == 5)
        // Each request after the first was sent twice, its body both times.
        #expect(server.requests.map(\.bodyText) == ["body 0"] + (1..<5).flatMap { ["body \($0)", "body \($0)"] })
        #expect(started.duration(to: .now) < .seconds(15))
    }
}

/// Holds each caller until `count` have arrived (or 20 seconds have passed, so a failing test
/// does not hang).
private final class Barrier: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var arrived = 0

    init(count: Int) { self.count = count }

    func arrive() {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        if arrived >= count { condition.broadcast() }
        let deadline = Date().addingTimeInterval(20)
        while arrived < count && condition.wait(until: deadline) {}
    }
}
