import AWSSigV4
import Foundation

/// A transport that answers nothing: it records each request and fails as a refused
/// connection. For chains that must not reach the network at all.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var _requests: [HTTPRequest] = []

    var requests: [HTTPRequest] {
        lock.withLock { _requests }
    }

    func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        lock.withLock { _requests.append(request) }
        throw HTTPTransportError(.connectionFailed, "connection refused")
    }
}
