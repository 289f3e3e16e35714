import Crypto
import Foundation

/// Checks a request's SigV4 signature the way AWS would, written apart from the signer under
/// test (AWS Identity and Access Management User Guide, "Create a signed AWS API request") so
/// that the two can disagree: a fake server that used afq's own
/// signer would accept whatever afq got wrong.
public struct SignatureVerifier: Sendable {
    /// Access key id → secret key the fake service knows.
    public var secrets: [String: String]
    /// Access key id → the session token it must come with (temporary credentials).
    public var tokens: [String: String]

    public init(secrets: [String: String], tokens: [String: String] = [:]) {
        self.secrets = secrets
        self.tokens = tokens
    }

    public enum Verdict: Equatable, Sendable {
        case valid(accessKey: String, region: String)
        case rejected(code: String, message: String)
    }

    public func verify(_ request: LoopbackHTTPServer.Request, service: String = "appflow") -> Verdict {
        guard let authorization = request.headers["authorization"] else {
            return .rejected(code: "MissingAuthenticationTokenException", message: "Missing Authentication Token")
        }
        let prefix = "AWS4-HMAC-SHA256 "
        guard authorization.hasPrefix(prefix) else {
            return .rejected(code: "IncompleteSignatureException", message: "bad algorithm")
        }
        var parts: [String: String] = [:]
        for piece in authorization.dropFirst(prefix.count).components(separatedBy: ", ") {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { parts[pair[0]] = pair[1] }
        }
        guard let credential = parts["Credential"], let signedHeaders = parts["SignedHeaders"],
            let signature = parts["Signature"]
        else { return .rejected(code: "IncompleteSignatureException", message: "incomplete Authorization header") }
        let scope = credential.split(separator: "/").map(String.init)
        guard scope.count == 5, scope[3] == service, scope[4] == "aws4_request" else {
            return .rejected(code: "IncompleteSignatureException", message: "bad credential scope")
        }
        let (accessKey, day, region) = (scope[0], scope[1], scope[2])
        guard let secret = secrets[accessKey] else {
            return .rejected(
                code: "UnrecognizedClientException", message: "The security token included in the request is invalid.")
        }
        if let token = tokens[accessKey], request.headers["x-amz-security-token"] != token {
            return .rejected(
                code: "UnrecognizedClientException", message: "The security token included in the request is invalid.")
        }
        guard let amzDate = request.headers["x-amz-date"], amzDate.hasPrefix(day) else {
            return .rejected(
                code: "IncompleteSignatureException", message: "X-Amz-Date missing or not matching the scope")
        }
        let names = signedHeaders.split(separator: ";").map(String.init)
        guard names == names.sorted(), ["content-type", "host", "x-amz-date"].allSatisfy(names.contains) else {
            return .rejected(
                code: "IncompleteSignatureException",
                message: "signed headers must include content-type, host, x-amz-date")
        }
        var canonicalHeaders = ""
        for name in names {
            guard let value = request.headers[name] else {
                return .rejected(code: "IncompleteSignatureException", message: "signed header \(name) is missing")
            }
            let collapsed = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            canonicalHeaders += "\(name):\(collapsed)\n"
        }
        let bodyHash = SHA256.hash(data: request.body).map { String(format: "%02x", $0) }.joined()
        let canonical = [request.method, request.path, "", canonicalHeaders, signedHeaders, bodyHash].joined(
            separator: "\n")
        let canonicalHash = SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
        let stringToSign = ["AWS4-HMAC-SHA256", amzDate, "\(day)/\(region)/\(service)/aws4_request", canonicalHash]
            .joined(separator: "\n")
        var key = SymmetricKey(data: Data(("AWS4" + secret).utf8))
        for step in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(step.utf8), using: key)))
        }
        let expected = HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key)
            .map { String(format: "%02x", $0) }.joined()
        guard expected == signature else {
            return .rejected(
                code: "InvalidSignatureException",
                message: "The request signature we calculated does not match the signature you provided.")
        }
        return .valid(accessKey: accessKey, region: region)
    }
}
