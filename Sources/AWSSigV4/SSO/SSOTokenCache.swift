import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder where `aws sso login` leaves IAM Identity Center tokens, `~/.aws/sso/cache`
/// (AWS SDKs and Tools Reference Guide, "IAM Identity Center credential provider"): one JSON
/// file per login, named by the SHA-1 of the sso-session name, or of the start URL for legacy
/// profiles, so the AWS CLI, the SDKs and afq all find the same token.
///
/// The files hold bearer tokens: they are read with a size bound and written back only whole
/// (a temporary file in the same folder, flushed, then renamed over the old one), with mode
/// 0600 as the AWS CLI leaves them.
struct SSOTokenCache: Sendable {
    /// No token file comes near this; anything larger is not one.
    static let maximumFileSize = 1 << 20

    let folder: String

    /// - Parameter home: the home folder (injected; tests use a temporary one).
    init(home: String) {
        var home = home
        while home.count > 1 && home.hasSuffix("/") { home.removeLast() }
        folder = home + "/.aws/sso/cache"
    }

    /// `<lowercase hex SHA-1 of the key's UTF-8 bytes>.json`.
    static func fileName(for key: String) -> String {
        Hex.encode(Insecure.SHA1.hash(data: Array(key.utf8))) + ".json"
    }

    func path(for key: String) -> String { folder + "/" + SSOTokenCache.fileName(for: key) }

    /// The cached token for `key`, or `nil` when there is no file.
    /// - Parameter loginCommand: what to suggest when the file is there but unusable.
    /// - Throws: `.ssoTokenCache` when the file cannot be read; `.ssoLoginRequired` when it is not
    ///   a token file (`aws sso login` writes a new one).
    func read(key: String, loginCommand: String) throws(CredentialsError) -> SSOToken? {
        let path = path(for: key)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard !isFolder.boolValue else {
            throw .ssoTokenCache(
                path: path, problem: "it is a folder, not a file; remove it, then run `\(loginCommand)`")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .ssoTokenCache(
                path: path, problem: "permission denied or read error; check its owner and permissions")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: SSOTokenCache.maximumFileSize + 1) ?? Data()
        } catch {
            throw .ssoTokenCache(path: path, problem: "read error; check the file and its permissions")
        }
        guard data.count <= SSOTokenCache.maximumFileSize else {
            throw .ssoTokenCache(
                path: path, problem: "larger than 1 MiB, so not a token file; remove it, then run `\(loginCommand)`")
        }
        func unusable(_ why: String) -> CredentialsError {
            .ssoLoginRequired(reason: "the cached IAM Identity Center token \(path) \(why)", command: loginCommand)
        }
        // Parse errors are dropped on purpose: they could quote the text, which holds tokens.
        guard let object = SSOJSON.object(data) else { throw unusable("is not a JSON object") }
        guard let accessToken = SSOJSON.string(object["accessToken"]), !accessToken.isEmpty else {
            throw unusable("has no accessToken")
        }
        guard let expiresText = SSOJSON.string(object["expiresAt"]) else { throw unusable("has no expiresAt") }
        guard let expiresAt = SSOTokenCache.parseDate(expiresText) else {
            throw unusable("has an expiresAt that is not an ISO 8601 date")
        }
        return SSOToken(
            startURL: SSOJSON.string(object["startUrl"]), region: SSOJSON.string(object["region"]),
            accessToken: Secret(accessToken), expiresAt: expiresAt, clientId: SSOJSON.string(object["clientId"]),
            clientSecret: SSOJSON.string(object["clientSecret"]).map(Secret.init),
            registrationExpiresAt: SSOJSON.string(object["registrationExpiresAt"]).flatMap(SSOTokenCache.parseDate),
            refreshToken: SSOJSON.string(object["refreshToken"]).map(Secret.init), document: data)
    }

    /// Writes `token` as the cache file for `key`: its known fields over the JSON object it was
    /// read from, so other keys stay, through a temporary file renamed into place.
    /// - Throws: `.ssoTokenCache` with the reason the system gave.
    func store(_ token: SSOToken, key: String) throws(CredentialsError) {
        let path = path(for: key)
        var object = SSOJSON.object(token.document) ?? [:]
        if let startURL = token.startURL { object["startUrl"] = startURL }
        if let region = token.region { object["region"] = region }
        object["accessToken"] = token.accessToken.reveal()
        // A date already there in another spelling of the same instant stays as written.
        func set(_ key: String, _ date: Date) {
            if let written = SSOJSON.string(object[key]).flatMap(SSOTokenCache.parseDate), written == date { return }
            object[key] = SSOTokenCache.format(date)
        }
        set("expiresAt", token.expiresAt)
        if let clientId = token.clientId { object["clientId"] = clientId }
        if let clientSecret = token.clientSecret { object["clientSecret"] = clientSecret.reveal() }
        if let registration = token.registrationExpiresAt { set("registrationExpiresAt", registration) }
        if let refreshToken = token.refreshToken { object["refreshToken"] = refreshToken.reveal() }
        guard let bytes = SSOJSON.data(object) else {
            throw .ssoTokenCache(path: path, problem: "the token could not be encoded as JSON")
        }
        try writeAtomically(Array(bytes), to: path)
    }

    /// Temporary file (created exclusively, 0600) → write → fsync → rename, so a reader sees the
    /// old file or the new one, never half of one, and no other user can read it in between.
    private func writeAtomically(_ bytes: [UInt8], to path: String) throws(CredentialsError) {
        func failure(_ step: String) -> CredentialsError {
            let reason = String(cString: strerror(errno))
            return .ssoTokenCache(
                path: path, problem: "cannot \(step) (\(reason)); check that you own \(folder) and may write there")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .ssoTokenCache(path: path, problem: "cannot create \(folder); check the permissions of its parents")
        }
        let temporary = folder + "/." + (path as NSString).lastPathComponent + "." + UUID().uuidString + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create a temporary file") }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        var closed = false
        defer { if !closed { close(descriptor) } }
        // The umask may have taken bits away, never added them; set the mode exactly.
        guard fchmod(descriptor, 0o600) == 0 else { throw failure("set mode 0600 on the temporary file") }
        var written = 0
        // Each pass writes at least one byte or fails, so this ends.
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure("write the temporary file") }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure("flush the temporary file") }
        closed = true
        guard close(descriptor) == 0 else { throw failure("close the temporary file") }
        guard rename(temporary, path) == 0 else { throw failure("replace the file") }
        renamed = true
        // Make the rename itself durable; a failure here leaves a complete file either way.
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// ISO 8601 as the AWS CLI and SDKs write it: with or without fractional seconds, `Z`, an
    /// offset, or the `UTC` suffix of older AWS CLI v2 caches.
    static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingWhitespace()
        if let date = try? Date(trimmed, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
            return date
        }
        return try? Date(trimmed, strategy: Date.ISO8601FormatStyle())
    }

    /// `2026-12-07T12:00:00Z`, the form the AWS CLI writes.
    static func format(_ date: Date) -> String { date.formatted(Date.ISO8601FormatStyle()) }
}
