/// Printing a request never shows its credentials: the values of `Authorization`,
/// `X-Amz-Security-Token` and the instance-metadata token header print as `<redacted>`, and the
/// body is shown only by size (it may be a credential endpoint's answer being replayed).
extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Header names (lower-case) whose values are credentials.
    static let sensitiveHeaderNames: Set<String> = [
        "authorization", "x-amz-security-token", "x-aws-ec2-metadata-token", "proxy-authorization",
        "x-amz-sso_bearer_token",
    ]

    /// The headers with credential values replaced by `<redacted>`.
    public var redactedHeaders: [(name: String, value: String)] {
        headers.map { header in
            HTTPRequest.sensitiveHeaderNames.contains(header.name.lowercased())
                ? (name: header.name, value: "<redacted>") : header
        }
    }

    public var description: String {
        let headerText = redactedHeaders.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
        return "HTTPRequest(\(method) \(url), headers [\(headerText)], body \(body.count) bytes)"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "url": url, "headers": redactedHeaders.map { "\($0.name): \($0.value)" },
                "body": "\(body.count) bytes", "timeout": timeout,
            ], displayStyle: .struct)
    }
}
