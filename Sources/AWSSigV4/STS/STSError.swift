/// Why an AWS STS call gave no credentials or identity: the service's error (HTTP status,
/// `Code`, `Message` and request id of its `ErrorResponse`, AWS STS API Reference, "Common
/// Errors"), an answer that is not STS's, or no answer at all.
///
/// The description keeps the service's message, which for `AccessDenied` names the caller and
/// the role, e.g. `AssumeRole of arn:aws:iam::1:role/X failed: HTTP 403 AccessDenied: User:
/// arn:aws:iam::2:user/u is not authorized to perform: sts:AssumeRole on resource:
/// arn:aws:iam::1:role/X`. It never holds a key, token or response body.
public struct STSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The STS action that failed.
    public enum Operation: Sendable, Equatable, CustomStringConvertible {
        case assumeRole(roleArn: String)
        case assumeRoleWithWebIdentity(roleArn: String)
        case getCallerIdentity

        /// The `Action` parameter.
        public var action: String {
            switch self {
            case .assumeRole: "AssumeRole"
            case .assumeRoleWithWebIdentity: "AssumeRoleWithWebIdentity"
            case .getCallerIdentity: "GetCallerIdentity"
            }
        }

        /// `AssumeRole of <role ARN>`, or just the action.
        public var description: String {
            switch self {
            case .assumeRole(let roleArn), .assumeRoleWithWebIdentity(let roleArn): "\(action) of \(roleArn)"
            case .getCallerIdentity: action
            }
        }
    }

    public enum Failure: Sendable, Equatable {
        /// STS answered with an `ErrorResponse`.
        case service(status: Int, code: String, message: String, requestId: String?)
        /// The answer is not an STS response (a proxy's page, a truncated body, a missing
        /// element); `problem` says what is wrong without quoting it.
        case unexpectedResponse(status: Int, problem: String)
        /// No HTTP answer (refused, reset, timed out, DNS).
        case transport(HTTPTransportError)
        /// The endpoint URL cannot be signed for (no scheme or host).
        case invalidEndpoint
    }

    public let operation: Operation
    /// The endpoint's base URL.
    public let endpoint: String
    public let failure: Failure

    public init(operation: Operation, endpoint: String, failure: Failure) {
        self.operation = operation
        self.endpoint = endpoint
        self.failure = failure
    }

    /// The HTTP status, when there was an answer.
    public var status: Int? {
        switch failure {
        case .service(let status, _, _, _), .unexpectedResponse(let status, _): status
        case .transport, .invalidEndpoint: nil
        }
    }

    /// The service's error code, e.g. `AccessDenied`, `ExpiredToken`, `Throttling`.
    public var code: String? {
        if case .service(_, let code, _, _) = failure { return code }
        return nil
    }

    /// The service's error message.
    public var message: String? {
        if case .service(_, _, let message, _) = failure { return message }
        return nil
    }

    public var requestId: String? {
        if case .service(_, _, _, let requestId) = failure { return requestId }
        return nil
    }

    /// Worth trying again: throttling, a server error, or a connection that failed before any
    /// answer (the AWS SDKs' "standard" retry mode, minus timeouts, which would triple a wait).
    public var isRetryable: Bool {
        switch failure {
        case .service(let status, let code, _, _):
            return status >= 500 || STSError.throttlingCodes.contains(code)
        case .unexpectedResponse(let status, _):
            return status >= 500
        case .transport(let error):
            return error.kind == .connectionFailed
        case .invalidEndpoint:
            return false
        }
    }

    /// Error codes the AWS SDKs treat as throttling.
    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "RequestLimitExceeded", "SlowDown",
    ]

    public var description: String {
        let head = "\(operation) failed: "
        switch failure {
        case .service(let status, let code, let message, _):
            var text = head + "HTTP \(status) \(code)"
            if !message.isEmpty { text += ": " + message }
            if let hint { text += "; " + hint }
            return text
        case .unexpectedResponse(let status, let problem):
            return head + "HTTP \(status) from \(endpoint) is not an STS answer (\(problem)); "
                + "check AWS_ENDPOINT_URL_STS or the profile's services section"
        case .transport(let error):
            return head + "no answer from \(endpoint) (\(error.message)); check the network connection and proxy"
        case .invalidEndpoint:
            return head + "the endpoint \(endpoint) has no scheme or host; fix AWS_ENDPOINT_URL_STS"
        }
    }

    /// What to do about the common codes, after the service's own message.
    private var hint: String? {
        switch code {
        case "AccessDenied" where operation != .getCallerIdentity:
            "check the role's trust policy and that the caller may call sts:\(operation.action) on it"
        case "ExpiredToken", "ExpiredTokenException":
            "the credentials used to call STS have expired; refresh them and try again"
        case "InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch":
            "check the source credentials"
        case "RegionDisabledException":
            "activate STS for this region in the IAM console (Account settings), or use another region"
        case let code? where STSError.throttlingCodes.contains(code):
            "STS is throttling these calls; wait a moment and try again"
        default:
            nil
        }
    }
}
