import Foundation

/// Trades an IAM Identity Center access token for a role's temporary credentials:
/// GetRoleCredentials of the IAM Identity Center Portal API Reference, `GET
/// /federation/credentials?role_name=…&account_id=…` with the token in the
/// `x-amz-sso_bearer_token` header, unsigned.
struct SSOPortalClient: Sendable {
    /// The portal's base URL (`https://portal.sso.<sso_region>.amazonaws.com` or configured).
    let endpoint: ResolvedEndpoint
    let transport: any HTTPTransport
    let timeout: Double

    static let path = "/federation/credentials"

    /// - Throws: `.ssoLoginRequired` when the portal refuses the token (401),
    ///   `.ssoRoleDenied` when it refuses the role (403, 404), `.ssoService` otherwise.
    func roleCredentials(accessToken: Secret, settings: SSOSettings) async throws(CredentialsError) -> Credentials {
        let url =
            endpoint.url(path: SSOPortalClient.path) + "?role_name="
            + CanonicalRequest.uriEncode(Array(settings.roleName.utf8))
            + "&account_id=" + CanonicalRequest.uriEncode(Array(settings.accountId.utf8))
        let request = HTTPRequest(
            method: "GET", url: url,
            headers: [
                (name: "x-amz-sso_bearer_token", value: accessToken.reveal()),
                (name: "Accept", value: "application/json"),
            ], timeout: timeout)
        let operationURL = endpoint.url(path: SSOPortalClient.path)
        func failure(_ problem: String) -> CredentialsError {
            .ssoService(operation: "GetRoleCredentials", url: operationURL, problem: problem)
        }
        let response: HTTPResponse
        switch await SSOCall.send(request, through: transport) {
        case .noAnswer(let error):
            throw failure(
                "no answer (\(error.message)); check the network, and the portal endpoint (\(endpoint.origin))")
        case .answer(let answer):
            response = answer
        }
        guard response.status == 200 else {
            let answer = SSOErrorAnswer(response, secrets: [accessToken])
            switch response.status {
            case 401:
                let code = answer.code ?? "HTTP 401"
                throw .ssoLoginRequired(
                    reason: "IAM Identity Center refused the cached token of \(settings.tokenOwner) (\(code)): "
                        + "it expired or was revoked",
                    command: settings.loginCommand)
            case 403, 404:
                throw .ssoRoleDenied(
                    profile: settings.profileName, accountId: settings.accountId, roleName: settings.roleName,
                    code: answer.code ?? "HTTP \(response.status)")
            case 429:
                throw failure(answer.summary + "; wait a moment, then retry")
            case 500...:
                throw failure(answer.summary + "; the service is failing, retry later")
            case 400:
                throw failure(
                    answer.summary + "; check sso_account_id and sso_role_name of profile \(settings.profileName)")
            default:
                throw failure(answer.summary + "; check the portal endpoint (\(endpoint.origin))")
            }
        }
        guard response.body.count <= SSOCall.maximumAnswerSize, let object = SSOJSON.object(response.body),
            let role = object["roleCredentials"] as? [String: Any],
            let accessKeyId = SSOJSON.string(role["accessKeyId"]), !accessKeyId.isEmpty,
            let secretAccessKey = SSOJSON.string(role["secretAccessKey"]), !secretAccessKey.isEmpty,
            let sessionToken = SSOJSON.string(role["sessionToken"]), !sessionToken.isEmpty,
            let milliseconds = SSOJSON.number(role["expiration"])
        else {
            // Not quoted: the answer may hold the keys.
            throw failure(
                "the answer is not the expected roleCredentials JSON; check the portal endpoint (\(endpoint.origin))")
        }
        return Credentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken,
            expiration: Date(timeIntervalSince1970: milliseconds / 1000), source: .sso(profile: settings.profileName),
            accountId: settings.accountId)
    }
}
