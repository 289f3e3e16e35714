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
            result = try await dataWithDeadline(urlRequest, seconds: request.timeout)
        } catch let error as HTTPTransportError {
            throw error
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

    /// The data task, given up after `seconds`: URLSession's own timeout on Linux fires late
    /// under load (seen: 38 s for 1 s), so afq keeps its own clock and cancels the task.
    private func dataWithDeadline(_ request: URLRequest, seconds: Double) async throws -> (Data, URLResponse) {
        let once = ResumeOnce<(Data, URLResponse)>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                once.set(continuation)
                let task = session.dataTask(with: request) { data, response, error in
                    if let data, let response {
                        once.resume(.success((data, response)))
                    } else {
                        once.resume(.failure(error ?? HTTPTransportError(.other, "no response")))
                    }
                }
                once.onFinish { task.cancel() }
                task.resume()
                DispatchQueue.global().asyncAfter(deadline: .now() + max(seconds, 0.001)) {
                    once.resume(.failure(HTTPTransportError(.timedOut, "no answer within \(Int(seconds.rounded(.up))) s")))
                }
            }
        } onCancel: {
            once.resume(.failure(CancellationError()))
        }
    }

    /// Resumes a continuation exactly once, whichever of the answer, the deadline or a
    /// cancellation comes first, then runs the clean-up (cancelling the data task).
    private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        private var pending: Result<T, any Error>?
        private var finished = false
        private var cleanUp: (() -> Void)?

        func set(_ continuation: CheckedContinuation<T, any Error>) {
            lock.lock()
            if let pending {
                lock.unlock()
                continuation.resume(with: pending)
                return
            }
            self.continuation = continuation
            lock.unlock()
        }

        func onFinish(_ action: @escaping () -> Void) {
            lock.lock()
            cleanUp = action
            lock.unlock()
        }

        func resume(_ result: Result<T, any Error>) {
            lock.lock()
            guard !finished else {
                lock.unlock()
                return
            }
            finished = true
            let continuation = self.continuation
            if continuation == nil { pending = result }
            let action = cleanUp
            lock.unlock()
            continuation?.resume(with: result)
            action?()
        }
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
