import AFQQuery
import AWSSigV4

/// What an AWS error response says (Smithy, "AWS restJson1 protocol", "Operation error
/// serialization"): the error code, message and request id.
public struct AWSErrorResponse: Sendable, Equatable {
    public var status: Int
    public var code: String
    public var message: String
    public var requestId: String?

    /// The code from `x-amzn-ErrorType`, else the body's `code`/`Code`, else `__type`, else the
    /// status; cut at the first `:`, and keep what follows a `#`, as the AWS SDKs sanitise it.
    public init(_ response: HTTPResponse) {
        status = response.status
        let body = try? JSONReader.parse(response.body)
        var code = response.headers["x-amzn-errortype"]
        if code == nil, case .record(let r)? = body {
            code = r["code"]?.stringValue ?? r["Code"]?.stringValue ?? r["__type"]?.stringValue
        }
        var text = code ?? String(response.status)
        if let colon = text.firstIndex(of: ":") { text = String(text[..<colon]) }
        if let hash = text.lastIndex(of: "#") { text = String(text[text.index(after: hash)...]) }
        self.code = text
        if case .record(let r)? = body, let message = r["message"]?.stringValue ?? r["Message"]?.stringValue {
            self.message = message
        } else {
            self.message = body == nil ? String(response.bodyText.prefix(300)) : ""
        }
        requestId = response.headers["x-amzn-requestid"]
    }

    /// A hint for the codes users meet most (Amazon AppFlow API Reference, "Common Errors").
    public var hint: String? {
        switch code {
        case "UnrecognizedClientException":
            return "the access key id is not known to AWS: check the credentials afq found (or --profile)"
        case "InvalidSignatureException":
            return message.localizedStandardContainsExpired
                ? "the request's time is too far from AWS's: check the system clock"
                : "the secret access key does not match the access key id: check the credentials"
        case "ExpiredTokenException":
            return "the session token has expired: refresh the session (e.g. aws sso login) and retry"
        case "AccessDeniedException":
            return
                "the IAM identity lacks permission: it needs appflow:DescribeConnectors, appflow:ListConnectors and appflow:DescribeConnector"
        default:
            return nil
        }
    }
}

extension String {
    fileprivate var localizedStandardContainsExpired: Bool {
        lowercased().contains("expired")
    }
}
