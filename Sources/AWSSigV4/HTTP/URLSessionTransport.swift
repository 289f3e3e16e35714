import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real transport: Foundation's URLSession (libcurl on Linux), HTTPS with the system's
/// certificate store. No cookies, no caching, no redirects followed: AWS APIs do not redirect.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session: URLSession
    private let delegate = NoRedirects()

    /// - Parameter connectTimeout: seconds without any progress before a request fails.
    public init(connectTimeout: Double = 10) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = connectTimeout
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = 8
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        guard let url = URL(string: request.url) else {
            throw HTTPTransportError(.other, "invalid URL \(request.url)")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = request.timeout
        for header in request.headers where header.name.lowercased() != "host" {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if !request.body.isEmpty || request.method == "POST" { urlRequest.httpBody = Data(request.body) }
        let result: (Data, URLResponse)
        do {
            result = try await session.data(for: urlRequest)
        } catch {
            throw URLSessionTransport.classify(error, timeout: request.timeout)
        }
        guard let http = result.1 as? HTTPURLResponse else {
            throw HTTPTransportError(.other, "not an HTTP response")
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: [UInt8](result.0))
    }

    static func classify(_ error: any Error, timeout: Double) -> HTTPTransportError {
        let code = (error as NSError).code
        switch code {
        case NSURLErrorTimedOut:
            return HTTPTransportError(.timedOut, "no answer within \(Int(timeout)) s")
        case NSURLErrorCannotConnectToHost, NSURLErrorNetworkConnectionLost, NSURLErrorNotConnectedToInternet,
            NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed, NSURLErrorSecureConnectionFailed,
            NSURLErrorBadServerResponse, NSURLErrorZeroByteResource:
            return HTTPTransportError(.connectionFailed, (error as NSError).localizedDescription)
        default:
            return HTTPTransportError(.other, (error as NSError).localizedDescription)
        }
    }

    /// AWS endpoints never redirect; following one would resend signed requests elsewhere.
    private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }
}
