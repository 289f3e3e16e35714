import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// A signed request sent by the real transport verifies at an independent checker: what
/// libcurl adds on the wire (Host with port, Content-Length, Accept, User-Agent) does not
/// disturb the signature.
struct SigV4WireTests {
    @Test(arguments: [(nil, true), ("FAKESESSIONTOKEN", true), (nil, false)] as [(String?, Bool)])
    func signedRequestsSurviveTheWire(_ token: String?, _ rightSecret: Bool) async throws {
        let verifier = SignatureVerifier(
            secrets: [Vectors.accessKeyId: Vectors.secretAccessKey],
            tokens: token.map { [Vectors.accessKeyId: $0] } ?? [:])
        let server = try LoopbackHTTPServer { request in
            switch verifier.verify(request) {
            case .valid: return .json(#"{"ok": true}"#)
            case .rejected(let code, let message):
                return .json(#"{"__type": "\#(code)", "message": "\#(message)"}"#, status: 403)
            }
        }
        var request = Vectors.appFlowRequest(server.baseURL + "/describe-connectors", body: #"{"maxResults":10}"#)
        request.headers.append((name: "User-Agent", value: "afq-test"))
        let credentials =
            rightSecret
            ? Vectors.credentials(token: token)
            : Credentials(accessKeyId: Vectors.accessKeyId, secretAccessKey: "wrong", source: .explicit("test"))
        let signed = try SigV4.sign(
            request, credentials: credentials, region: "eu-west-1", service: "appflow", date: SigningDate(Date()))
        let response = try await CurlTransport().send(signed.request)
        #expect(response.status == (rightSecret ? 200 : 403), "\(response.bodyText)")
    }
}
