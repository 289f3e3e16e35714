import AWSSigV4

/// A live call that failed for good: after the retries, or at once for errors not worth
/// retrying. Names the region, account, operation, HTTP status, AWS error code and message.
public struct LiveError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Cause: Sendable, Equatable {
        case service(AWSErrorResponse)
        case transport(HTTPTransportError)
        case malformedResponse(String)
        case paging(String)
        /// The account's credentials could not be refreshed.
        case credentials(String)
        case cancelled
    }

    public var region: String
    /// The account the call acted in, when known.
    public var account: AccountReference?
    public var operation: AppFlowOperation
    public var cause: Cause
    public var attempts: Int

    public init(
        region: String, account: AccountReference? = nil, operation: AppFlowOperation, cause: Cause, attempts: Int
    ) {
        self.region = region
        self.account = account
        self.operation = operation
        self.cause = cause
        self.attempts = attempts
    }

    public var description: String {
        var text = "\(operation.rawValue) in \(region)"
        if let account, account.id != nil || account.name != nil || account.profile != nil {
            text += " of account \(account)"
        }
        text += " failed"
        switch cause {
        case .service(let error):
            text += ": HTTP \(error.status) \(error.code)"
            if !error.message.isEmpty { text += ": \(error.message)" }
            if let id = error.requestId { text += " (request id \(id))" }
        case .transport(let error):
            text += ": \(error.message)"
        case .malformedResponse(let detail):
            text += ": the response is not valid JSON: \(detail)"
        case .paging(let detail), .credentials(let detail):
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
        if case .service(let error) = cause { return RetryPolicy.isThrottling(error) }
        return false
    }

    /// The answer AWS gives in a region the account has not enabled (an opt-in region): the
    /// credentials are unknown there.
    public var isRegionNotEnabled: Bool {
        guard case .service(let error) = cause else { return false }
        return ["UnrecognizedClientException", "InvalidClientTokenId"].contains(error.code)
    }
}
