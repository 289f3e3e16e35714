/// A request with SigV4 headers added, and the intermediate values that produced them.
///
/// The intermediate values exist for tests and for debugging a signature mismatch; they
/// contain the session token and the signature, so `description`, `debugDescription` and
/// `Mirror` show only the method, URL and signed header names.
public struct SignedRequest: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The request to send: the original headers plus `X-Amz-Date`, `X-Amz-Security-Token`
    /// (temporary credentials only) and `Authorization`.
    public let request: HTTPRequest
    /// Step 1 of IAM User Guide, "Create a signed AWS API request": "Create a canonical request".
    public let canonicalRequest: String
    /// Lower-case hex SHA-256 of `canonicalRequest`.
    public let canonicalRequestHash: String
    /// Step 3 of the same: "Create a string to sign".
    public let stringToSign: String
    /// `<date>/<region>/<service>/aws4_request`.
    public let credentialScope: String
    /// e.g. `content-type;host;x-amz-date` (the canonical request's SignedHeaders).
    public let signedHeaders: String
    /// Lower-case hex (step 4: "Calculate the signature").
    public let signature: String

    init(
        request: HTTPRequest, canonicalRequest: String, canonicalRequestHash: String, stringToSign: String,
        credentialScope: String, signedHeaders: String, signature: String
    ) {
        self.request = request
        self.canonicalRequest = canonicalRequest
        self.canonicalRequestHash = canonicalRequestHash
        self.stringToSign = stringToSign
        self.credentialScope = credentialScope
        self.signedHeaders = signedHeaders
        self.signature = signature
    }

    public var description: String {
        "SignedRequest(\(request.method) \(request.url), scope \(credentialScope), signed headers \(signedHeaders))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self, children: ["request": request, "credentialScope": credentialScope, "signedHeaders": signedHeaders],
            displayStyle: .struct)
    }
}
