/// Sends HTTP requests. The live source and the credential providers use it through this
/// protocol, so tests can point them at a real server on loopback.
public protocol HTTPTransport: Sendable {
    /// Sends one request; throws `HTTPTransportError` for failures below HTTP (refused, reset,
    /// timed out, DNS). Any HTTP status, 5xx included, is a response, not an error.
    func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse
}

/// A failure to get any HTTP response.
public struct HTTPTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case timedOut
        case connectionFailed
        case other
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
