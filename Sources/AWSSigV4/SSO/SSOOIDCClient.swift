import Foundation

/// Renews an IAM Identity Center access token with its refresh token: CreateToken of the IAM
/// Identity Center OIDC API Reference, `POST /token` with a JSON body, unsigned (the client
/// secret authenticates the call), grant type `refresh_token`.
struct SSOOIDCClient: Sendable {
    /// A new access token, valid for `expiresIn` seconds; OIDC may rotate the refresh token.
    struct Renewal: Sendable {
        let accessToken: Secret
        let expiresIn: TimeInterval
        let refreshToken: Secret?
    }

    /// Why the refresh failed, without any token: the AWS error code where there is one.
    struct Failure: Error, Sendable, Equatable {
        let reason: String
    }

    /// The OIDC service's base URL (`https://oidc.<sso_region>.amazonaws.com` or configured).
    let endpoint: ResolvedEndpoint
    let transport: any HTTPTransport
    let timeout: Double

    func refresh(clientId: String, clientSecret: Secret, refreshToken: Secret) async -> Result<Renewal, Failure> {
        let fields: [String: Any] = [
            "clientId": clientId, "clientSecret": clientSecret.reveal(), "grantType": "refresh_token",
            "refreshToken": refreshToken.reveal(),
        ]
        guard let body = SSOJSON.data(fields) else {
            return .failure(Failure(reason: "the request could not be built"))
        }
        let request = HTTPRequest(
            method: "POST", url: endpoint.url(path: "/token"),
            headers: [(name: "Content-Type", value: "application/json"), (name: "Accept", value: "application/json")],
            body: Array(body), timeout: timeout)
        let response: HTTPResponse
        switch await SSOCall.send(request, through: transport) {
        case .noAnswer(let error):
            return .failure(Failure(reason: "no answer from \(endpoint.baseURL): \(error.message)"))
        case .answer(let answer):
            response = answer
        }
        guard response.status == 200 else {
            let answer = SSOErrorAnswer(response, secrets: [clientSecret, refreshToken])
            return .failure(
                Failure(reason: answer.code.map { "\($0), HTTP \(response.status)" } ?? "HTTP \(response.status)"))
        }
        guard response.body.count <= SSOCall.maximumAnswerSize, let object = SSOJSON.object(response.body),
            let accessToken = SSOJSON.string(object["accessToken"]), !accessToken.isEmpty,
            let expiresIn = SSOJSON.number(object["expiresIn"]), expiresIn > 0
        else {
            return .failure(Failure(reason: "the answer is not the expected CreateToken JSON"))
        }
        let newRefreshToken = SSOJSON.string(object["refreshToken"]).flatMap { $0.isEmpty ? nil : Secret($0) }
        return .success(Renewal(accessToken: Secret(accessToken), expiresIn: expiresIn, refreshToken: newRefreshToken))
    }
}
