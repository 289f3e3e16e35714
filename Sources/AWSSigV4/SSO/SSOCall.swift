/// Sends one request to an IAM Identity Center service, trying again where the AWS SDKs'
/// standard retry mode would (AWS SDKs and Tools Reference Guide, "Retry behavior"): no answer,
/// throttling (429) or a server error (5xx); at most `attempts` times in all.
enum SSOCall {
    static let attempts = 3
    /// Answers larger than this are refused: the real ones are well under a kilobyte.
    static let maximumAnswerSize = 64 * 1024

    enum Outcome: Sendable {
        case answer(HTTPResponse)
        case noAnswer(HTTPTransportError)
    }

    static func send(_ request: HTTPRequest, through transport: any HTTPTransport, attempts: Int = attempts) async
        -> Outcome
    {
        var outcome = Outcome.noAnswer(HTTPTransportError(.other, "not sent"))
        for _ in 0..<max(1, attempts) {
            do {
                let response = try await transport.send(request)
                outcome = .answer(response)
                guard response.status == 429 || response.status >= 500 else { return outcome }
            } catch {
                outcome = .noAnswer(error)
            }
        }
        return outcome
    }
}
