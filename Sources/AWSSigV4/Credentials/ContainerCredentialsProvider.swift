import Foundation

/// The ECS / EKS Pod Identity container credentials endpoint (AWS SDKs and Tools Reference
/// Guide, "Container credential provider").
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is appended to `http://169.254.170.2`; otherwise
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` is used as is, if it is `https` or plain `http` to a
/// loopback or container-agent address (botocore's rule, so a stray variable cannot send the
/// token elsewhere). The `Authorization` header comes from the file named by
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`, read on every fetch, else from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`. Like botocore: 2 s timeout, 3 attempts for failures
/// without an answer or with a 5xx.
struct ContainerCredentialsProvider: Sendable {
    static let relativeBase = "http://169.254.170.2"
    static let allowedHTTPHosts: Set<String> = [
        "localhost", "169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "[::1]",
    ]

    let environment: [String: String]
    let transport: any HTTPTransport
    /// Overridable so tests can put the relative URI on a loopback server.
    var base = ContainerCredentialsProvider.relativeBase
    var timeout = 2.0
    var attempts = 3

    /// The URL to fetch, when the environment asks for container credentials at all.
    var url: String? {
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
            return base + (relative.hasPrefix("/") ? relative : "/" + relative)
        }
        if let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty { return full }
        return nil
    }

    func credentials() async throws(CredentialsError) -> Credentials? {
        guard let url else { return nil }
        if environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]?.isEmpty ?? true {
            try ContainerCredentialsProvider.checkFullURI(url)
        }
        var headers: [(name: String, value: String)] = [(name: "Accept", value: "application/json")]
        if let token = try authorizationToken() {
            headers.append((name: "Authorization", value: token.reveal()))
        }
        let request = HTTPRequest(method: "GET", url: url, headers: headers, timeout: timeout)
        var lastProblem = ""
        for _ in 0..<max(1, attempts) {
            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch {
                lastProblem =
                    "no answer (\(error.message)); is this running in a container with a task role or pod identity?"
                continue
            }
            if response.status == 200 {
                guard let document = CredentialDocument.decode(response.body), document.missingMembers.isEmpty else {
                    throw .container(url: url, problem: "the answer is not the expected credentials JSON")
                }
                return try document.credentials(source: .container(url: url))
            }
            lastProblem = "HTTP \(response.status)"
            if response.status < 500 {
                throw .container(
                    url: url,
                    problem:
                        "HTTP \(response.status); check AWS_CONTAINER_AUTHORIZATION_TOKEN / _FILE and the task role or pod identity association"
                )
            }
        }
        throw .container(url: url, problem: lastProblem)
    }

    /// The token file wins over the token variable, as in botocore.
    private func authorizationToken() throws(CredentialsError) -> Secret? {
        var token: String? = nil
        if let path = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !path.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .containerConfiguration(
                    problem:
                        "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(path); check the path and its permissions"
                )
            }
            var text = String(decoding: data, as: UTF8.self)
            while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
            token = text
        } else if let value = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"], !value.isEmpty {
            token = value
        }
        guard let token else { return nil }
        guard !token.contains("\n"), !token.contains("\r") else {
            throw .containerConfiguration(problem: "the authorization token contains a line break; remove it")
        }
        return Secret(token)
    }

    static func checkFullURI(_ url: String) throws(CredentialsError) {
        guard let parsed = RequestURL(url), parsed.scheme == "http" || parsed.scheme == "https" else {
            throw .containerConfiguration(
                problem: "AWS_CONTAINER_CREDENTIALS_FULL_URI '\(url)' is not an http or https URL; fix or unset it")
        }
        if parsed.scheme == "https" { return }
        let host = parsed.host.lowercased()
        let isLoopbackV4 = host.hasPrefix("127.") && host.split(separator: ".").count == 4
        guard isLoopbackV4 || allowedHTTPHosts.contains(host) else {
            throw .containerConfiguration(
                problem:
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI must use https, or http to a loopback or container-agent address, not \(host)"
            )
        }
    }
}
