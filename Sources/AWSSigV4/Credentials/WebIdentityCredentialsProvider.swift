import Foundation

/// Credentials from STS AssumeRoleWithWebIdentity with an OpenID Connect token kept in a file
/// (AWS SDKs and Tools Reference Guide, "Assume role credential provider", web identity; EKS
/// IAM roles for service accounts, CI providers).
///
/// Settings, each environment variable winning over its profile setting as in botocore:
/// `AWS_WEB_IDENTITY_TOKEN_FILE` / `web_identity_token_file`, `AWS_ROLE_ARN` / `role_arn`,
/// `AWS_ROLE_SESSION_NAME` / `role_session_name` (default `afq-<unix seconds>`). The token
/// file is read again at every resolution, because EKS and CI runners rotate it; it is at most
/// `maxTokenBytes` long, and neither its content nor the token appears in any message.
struct WebIdentityCredentialsProvider: Sendable {
    /// 64 KiB: OIDC tokens are a few kilobytes.
    static let maxTokenBytes = 64 * 1024

    let tokenFile: String
    /// `AWS_WEB_IDENTITY_TOKEN_FILE` or `web_identity_token_file of profile x`.
    let tokenFileOrigin: String
    let roleArn: String
    let sessionName: String?

    /// The provider the settings ask for, or `nil` when no token file is configured.
    /// - Parameters:
    ///   - environment: the process environment, or `nil` to read the profile only (a
    ///     `source_profile`, which botocore reads without the environment).
    /// - Throws: `.roleConfiguration` when a token file is set without a role ARN.
    init?(profile: ConfigProfile, environment: [String: String]?) throws(CredentialsError) {
        func setting(_ variable: String, _ name: String) -> (value: String, origin: String)? {
            if let value = environment?[variable], !value.isEmpty { return (value, variable) }
            if let value = profile.value(name) { return (value, "\(name) of profile \(profile.name)") }
            return nil
        }
        guard let file = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file") else { return nil }
        guard let role = setting("AWS_ROLE_ARN", "role_arn") else {
            throw .roleConfiguration(
                profile: profile.name,
                problem:
                    "web identity needs a role to assume: \(file.origin) is set but neither AWS_ROLE_ARN nor role_arn; set one of them"
            )
        }
        tokenFile = file.value
        tokenFileOrigin = file.origin
        roleArn = role.value
        sessionName = setting("AWS_ROLE_SESSION_NAME", "role_session_name")?.value
    }

    /// Reads the token and exchanges it for credentials.
    func credentials(sts: STSClient, now: Date) async throws(CredentialsError) -> Credentials {
        let token = try readToken()
        let name = sessionName ?? "afq-\(Int64(now.timeIntervalSince1970))"
        do {
            return try await sts.assumeRoleWithWebIdentity(
                roleArn: roleArn, sessionName: name, token: token, durationSeconds: nil
            ).credentials
        } catch {
            throw .sts(error)
        }
    }

    /// The file's text without surrounding white space (a JWT has none; an editor's final
    /// line break would make STS reject it).
    func readToken() throws(CredentialsError) -> Secret {
        func problem(_ text: String) -> CredentialsError {
            .webIdentityTokenFile(path: tokenFile, origin: tokenFileOrigin, problem: text)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: tokenFile, isDirectory: &isDirectory) else {
            throw problem("no such file; check the path, or unset the setting")
        }
        guard !isDirectory.boolValue else { throw problem("it is a folder, not a token file") }
        guard let handle = FileHandle(forReadingAtPath: tokenFile) else {
            throw problem("cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: WebIdentityCredentialsProvider.maxTokenBytes + 1) ?? Data()
        } catch {
            throw problem("cannot be read; check its permissions")
        }
        guard data.count <= WebIdentityCredentialsProvider.maxTokenBytes else {
            throw problem("it is larger than \(WebIdentityCredentialsProvider.maxTokenBytes) bytes; it is not a token")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw problem("it is not UTF-8 text") }
        let token = text.trimmingWhitespace()
        guard !token.isEmpty else { throw problem("it is empty; the token has not been written yet") }
        return Secret(token)
    }
}
