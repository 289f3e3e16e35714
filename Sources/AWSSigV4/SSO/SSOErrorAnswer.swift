import Foundation

/// An error answer of the IAM Identity Center portal or OIDC service, read as the AWS REST-JSON
/// protocol sends it (Smithy, "AWS restJson1 protocol", "Operation error serialization"): the
/// code in the `x-amzn-ErrorType` header, else the body's `__type` (or the OAuth `error` of
/// OIDC), and a `message` (OIDC: `error_description`).
struct SSOErrorAnswer: Sendable, Equatable {
    /// Error answers longer than this are not read (they are a few hundred bytes).
    static let maximumBodySize = 64 * 1024
    /// Messages are cut here so a strange answer cannot flood the terminal.
    static let maximumMessageLength = 300

    let status: Int
    /// e.g. `UnauthorizedException`; `nil` when the answer names none.
    let code: String?
    let message: String?

    /// - Parameter secrets: values to blank out of the message should the service echo them.
    init(_ response: HTTPResponse, secrets: [Secret]) {
        status = response.status
        let object = response.body.count <= SSOErrorAnswer.maximumBodySize ? SSOJSON.object(response.body) : nil
        var code: String? = nil
        if let header = response.headers.first(where: { $0.key.lowercased() == "x-amzn-errortype" })?.value {
            code = SSOErrorAnswer.shortCode(header)
        }
        if code == nil, let type = SSOJSON.string(object?["__type"]) { code = SSOErrorAnswer.shortCode(type) }
        if code == nil, let type = SSOJSON.string(object?["code"]) { code = SSOErrorAnswer.shortCode(type) }
        if code == nil, let type = SSOJSON.string(object?["error"]) { code = SSOErrorAnswer.shortCode(type) }
        self.code = code
        let text =
            SSOJSON.string(object?["message"]) ?? SSOJSON.string(object?["Message"])
            ?? SSOJSON.string(object?["error_description"])
        message = text.map { SSOErrorAnswer.clean($0, secrets: secrets) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `HTTP 403 ForbiddenException: No access`.
    var summary: String {
        var text = "HTTP \(status)"
        if let code { text += " \(code)" }
        if let message { text += ": \(message)" }
        return text
    }

    /// `UnauthorizedException:http://internal…` and `com.amazonaws.sso#UnauthorizedException`
    /// both name `UnauthorizedException`.
    static func shortCode(_ text: String) -> String? {
        var code = Substring(text)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        let trimmed = code.trimmingWhitespace()
        let plain = trimmed.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == ".")
        }
        return trimmed.isEmpty || !plain ? nil : String(trimmed.prefix(100))
    }

    /// One line, bounded, with any of our secrets replaced.
    static func clean(_ text: String, secrets: [Secret]) -> String {
        var result = text
        for secret in secrets where secret.reveal().count >= 4 {
            result = result.replacingOccurrences(of: secret.reveal(), with: "<redacted>")
        }
        result = String(result.unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : Character($0) })
        result = result.trimmingWhitespace()
        if result.count > maximumMessageLength { result = String(result.prefix(maximumMessageLength)) + "…" }
        return result
    }
}
