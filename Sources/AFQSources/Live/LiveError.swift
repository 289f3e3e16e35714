import AWSSigV4

/// A live call that failed for good: after the retries, or at once for errors not worth
/// retrying. Names the region, operation, HTTP status, AWS error code and message (issue 4).
public struct LiveError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Cause: Sendable, Equatable {
        case service(AWSErrorResponse)
        case transport(HTTPTransportError)
        case malformedResponse(String)
        case paging(String)
        case cancelled
    }

    public var region: String
    public var operation: AppFlowOperation
    public var cause: Cause
    public var attempts: Int

    public init(region: String, operation: AppFlowOperation, cause: Cause, attempts: Int) {
        self.region = region
        self.operation = operation
        self.cause = cause
        self.attempts = attempts
    }

    public var description: String {
        var text = "\(operation.rawValue) in \(region) failed"
        switch cause {
        case .service(let error):
            text += ": HTTP \(error.status) \(error.code)"
            if !error.message.isEmpty { text += ": \(error.message)" }
            if let id = error.requestId { text += " (request id \(id))" }
        case .transport(let error):
            text += ": \(error.message)"
        case .malformedResponse(let detail):
            text += ": the response is not valid JSON: \(detail)"
        case .paging(let detail):
            text += ": \(detail)"
        case .cancelled:
            text += ": interrupted"
        }
        if attempts > 1 { text += " after \(attempts) attempts" }
        return text
    }

    /// What the user can do about it, when afq knows.
    public var hint: String? {
        if case .service(let error) = cause { return error.hint }
        if case .transport(let error) = cause, error.kind == .connectionFailed {
            return "check the network, the region and --endpoint-url"
        }
        return nil
    }

    public var isThrottling: Bool {
        if case .service(let error) = cause { return RetryPolicy.throttlingCodes.contains(error.code) || error.status == 429 }
        return false
    }
}
