import Foundation

/// The JSON that `credential_process`, the container endpoint and instance metadata answer
/// with (AWS SDKs and Tools Reference Guide: "Process credential provider", "Container
/// credential provider", "IMDS credential provider"): `AccessKeyId`, `SecretAccessKey`,
/// `SessionToken` (process) or `Token` (endpoints), `Expiration`, and `Version` (process) or
/// `Code` (instance metadata).
struct CredentialDocument: Decodable {
    var version: Int?
    var code: String?
    var accessKeyId: String?
    var secretAccessKey: String?
    var sessionToken: String?
    var token: String?
    var expiration: String?

    enum CodingKeys: String, CodingKey {
        case version = "Version"
        case code = "Code"
        case accessKeyId = "AccessKeyId"
        case secretAccessKey = "SecretAccessKey"
        case sessionToken = "SessionToken"
        case token = "Token"
        case expiration = "Expiration"
    }

    /// `nil` when the bytes are not a JSON object of this shape. Decoding errors are dropped on
    /// purpose: they could quote the text, which holds secrets.
    static func decode(_ bytes: [UInt8]) -> CredentialDocument? {
        try? JSONDecoder().decode(CredentialDocument.self, from: Data(bytes))
    }

    /// The names of required members that are missing or empty.
    var missingMembers: [String] {
        var missing: [String] = []
        if accessKeyId?.isEmpty ?? true { missing.append("AccessKeyId") }
        if secretAccessKey?.isEmpty ?? true { missing.append("SecretAccessKey") }
        return missing
    }

    /// Builds credentials once `missingMembers` is empty.
    func credentials(source: CredentialSource) throws(CredentialsError) -> Credentials {
        var expirationDate: Date? = nil
        if let expiration, !expiration.isEmpty {
            guard let date = CredentialDocument.parseDate(expiration) else {
                throw .invalidExpiration(source: source.description)
            }
            expirationDate = date
        }
        return Credentials(
            accessKeyId: accessKeyId ?? "", secretAccessKey: secretAccessKey ?? "", sessionToken: sessionToken ?? token,
            expiration: expirationDate, source: source)
    }

    /// ISO 8601 with or without fractional seconds, e.g. `2025-01-01T00:00:00Z`.
    static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingWhitespace()
        if let date = try? Date(trimmed, strategy: Date.ISO8601FormatStyle()) { return date }
        return try? Date(trimmed, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
