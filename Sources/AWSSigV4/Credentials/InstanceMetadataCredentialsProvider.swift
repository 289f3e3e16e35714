/// EC2 instance metadata, IMDSv2 only (AWS SDKs and Tools Reference Guide, "IMDS credential
/// provider"): `PUT /latest/api/token`, then `GET /latest/meta-data/iam/security-credentials/`
/// for the role name, then `GET …/<role>` for the credentials, each with a short timeout so a
/// laptop does not hang.
///
/// Settings, as botocore reads them: `AWS_EC2_METADATA_DISABLED=true` turns it off;
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT` (or the profile's `ec2_metadata_service_endpoint`)
/// replaces `http://169.254.169.254`, and `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6` (or
/// `ec2_metadata_service_endpoint_mode`) selects `http://[fd00:ec2::254]`;
/// `AWS_METADATA_SERVICE_TIMEOUT` (or `metadata_service_timeout`) sets the timeout in whole
/// seconds, 1 by default.
struct InstanceMetadataCredentialsProvider: Sendable {
    enum Outcome: Sendable {
        case found(Credentials)
        /// Why nothing came back, for the "looked at" list.
        case unavailable(String)
    }

    let environment: [String: String]
    let profile: ConfigProfile?
    let transport: any HTTPTransport

    var isDisabled: Bool { environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" }

    var endpoint: String {
        var value = setting("AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint")
        if value == nil,
            setting("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode")?.lowercased()
                == "ipv6"
        {
            value = "http://[fd00:ec2::254]"
        }
        var url = value ?? "http://169.254.169.254"
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// Whole seconds, at least 1, as botocore reads the setting.
    var timeout: Double {
        let seconds = setting("AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout").flatMap { Int($0) } ?? 1
        return Double(max(1, seconds))
    }

    func credentials() async throws(CredentialsError) -> Outcome {
        let endpoint = self.endpoint
        let tokenRequest = HTTPRequest(
            method: "PUT", url: endpoint + "/latest/api/token",
            headers: [(name: "X-aws-ec2-metadata-token-ttl-seconds", value: "21600")], timeout: timeout)
        let tokenResponse: HTTPResponse
        switch await send(tokenRequest) {
        case .success(let response): tokenResponse = response
        case .failure(let problem): return .unavailable(problem.text)
        }
        guard tokenResponse.status == 200, !tokenResponse.body.isEmpty else {
            return .unavailable("the token request was answered with HTTP \(tokenResponse.status)")
        }
        let token = Secret(tokenResponse.bodyText.trimmingWhitespace())
        let tokenHeader = [(name: "X-aws-ec2-metadata-token", value: token.reveal())]

        let rolesURL = endpoint + "/latest/meta-data/iam/security-credentials/"
        let rolesResponse: HTTPResponse
        switch await send(HTTPRequest(method: "GET", url: rolesURL, headers: tokenHeader, timeout: timeout)) {
        case .success(let response): rolesResponse = response
        case .failure(let problem): return .unavailable(problem.text)
        }
        if rolesResponse.status == 404 { return .unavailable("the instance has no IAM role attached") }
        guard rolesResponse.status == 200,
            let role = rolesResponse.bodyText.split(whereSeparator: \.isNewline).first?.trimmingWhitespace(),
            !role.isEmpty
        else { return .unavailable("the role request was answered with HTTP \(rolesResponse.status)") }

        let credentialsResponse: HTTPResponse
        switch await send(HTTPRequest(method: "GET", url: rolesURL + role, headers: tokenHeader, timeout: timeout)) {
        case .success(let response): credentialsResponse = response
        case .failure(let problem): return .unavailable(problem.text)
        }
        guard credentialsResponse.status == 200 else {
            return .unavailable(
                "the credentials request for role \(role) was answered with HTTP \(credentialsResponse.status)")
        }
        guard let document = CredentialDocument.decode(credentialsResponse.body), document.missingMembers.isEmpty else {
            return .unavailable("the answer for role \(role) is not the expected credentials JSON")
        }
        if let code = document.code, code != "Success" {
            return .unavailable("the answer for role \(role) has Code \(code)")
        }
        return .found(try document.credentials(source: .instanceMetadata(role: role)))
    }

    private func send(_ request: HTTPRequest) async -> Result<HTTPResponse, Problem> {
        do {
            return .success(try await transport.send(request))
        } catch {
            switch error.kind {
            case .timedOut: return .failure(Problem("no answer within \(Int(timeout)) s"))
            case .connectionFailed, .other: return .failure(Problem("cannot connect (\(error.message))"))
            }
        }
    }

    struct Problem: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    private func setting(_ variable: String, _ profileSetting: String) -> String? {
        if let value = environment[variable], !value.isEmpty { return value }
        return profile?.value(profileSetting)
    }
}
