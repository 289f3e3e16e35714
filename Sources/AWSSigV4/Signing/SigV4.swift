/// AWS Signature Version 4 for request headers, as a pure function of the request, the
/// credentials, the region, the service and the signing date (IAM User Guide, "Create a signed
/// AWS API request"; its steps are marked below).
///
/// ```swift
/// let signed = try SigV4.sign(request, credentials: credentials, region: "us-east-1",
///                             service: "appflow", date: SigningDate(Date()))
/// try await transport.send(signed.request)
/// ```
public enum SigV4 {
    /// The first line of the string to sign (step 3: "Create a string to sign").
    public static let algorithm = "AWS4-HMAC-SHA256"

    /// Signs `request`.
    ///
    /// Adds (replacing any earlier value) `X-Amz-Date`, `X-Amz-Security-Token` when the
    /// credentials are temporary, and `Authorization`. A request without temporary credentials
    /// keeps any `X-Amz-Security-Token` header it already has. The `host` header is signed from
    /// the request's own `Host` header if it has one, else from the URL (with `:port` only for
    /// a non-default port); it is not added to the request because transports derive it from
    /// the URL. Sign the exact body bytes that will be sent: the payload hash covers bytes, and
    /// JSON encoders differ in key order and in escaping `/`.
    ///
    /// - Parameters:
    ///   - region: the credential-scope region; the one the user selected, also with a custom
    ///     endpoint (docs/live.md, "Endpoints").
    ///   - service: the signing name, `appflow` for AppFlow (`AWSService.appflow`).
    ///   - date: the signing instant; the server rejects requests ~15 minutes off its clock.
    ///   - selection: which headers to sign; `.appFlow` signs exactly AppFlow's headers,
    ///     `.allPresent` what the AWS test suite expects.
    /// - Throws: `SigningError.invalidURL` when the URL has no scheme or host.
    public static func sign(
        _ request: HTTPRequest, credentials: Credentials, region: String, service: String, date: SigningDate,
        signing selection: SignedHeaderSelection = .appFlow
    ) throws(SigningError) -> SignedRequest {
        guard let url = RequestURL(request.url) else { throw SigningError.invalidURL(request.url) }
        let amzDate = date.amzDate

        // The headers to send; those of `selection` go into CanonicalHeaders (step 1).
        var replaced: Set<String> = ["authorization", "x-amz-date"]
        if credentials.sessionToken != nil { replaced.insert("x-amz-security-token") }
        var headers = request.headers.filter { !replaced.contains($0.name.lowercased()) }
        headers.append((name: "X-Amz-Date", value: amzDate))
        if let token = credentials.sessionToken {
            headers.append((name: "X-Amz-Security-Token", value: token.reveal()))
        }
        var signable = headers
        if !headers.contains(where: { $0.name.lowercased() == "host" }) {
            signable.append((name: "host", value: url.hostHeader))
        }

        // Steps 1–4: the canonical request, its hash, the string to sign, the signature.
        let canonical = CanonicalRequest(
            method: request.method, url: url, headers: signable, selection: selection, body: request.body)
        let canonicalHash = Hex.sha256(canonical.text.utf8)
        let scope = "\(date.dateStamp)/\(region)/\(service)/aws4_request"
        let stringToSign = [algorithm, amzDate, scope, canonicalHash].joined(separator: "\n")
        let key = SigningKey(
            secretAccessKey: credentials.secretAccessKey, dateStamp: date.dateStamp, region: region, service: service)
        let signature = key.signature(of: stringToSign)

        // Step 5: "Add the signature to the request", as the Authorization header.
        headers.append(
            (
                name: "Authorization",
                value:
                    "\(algorithm) Credential=\(credentials.accessKeyId)/\(scope), SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
            ))
        var signed = request
        signed.headers = headers
        return SignedRequest(
            request: signed, canonicalRequest: canonical.text, canonicalRequestHash: canonicalHash,
            stringToSign: stringToSign, credentialScope: scope, signedHeaders: canonical.signedHeaders,
            signature: signature)
    }
}
