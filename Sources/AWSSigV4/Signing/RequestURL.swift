/// The parts of an absolute URL that SigV4 needs, split by hand so that the percent-encoding
/// of the path and query is exactly what the caller wrote.
struct RequestURL: Equatable {
    var scheme: String
    var host: String
    var port: Int?
    /// As written in the URL (still percent-encoded); `""` when absent.
    var path: String
    /// After `?`, without the fragment; `nil` when absent.
    var query: String?

    init?(_ url: String) {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else {
            return nil
        }
        var rest = url[schemeEnd.upperBound...]
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        let pathAndQuery = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[...close])
            let afterHost = authority[authority.index(after: close)...]
            guard afterHost.isEmpty || afterHost.hasPrefix(":") else { return nil }
            port = afterHost.isEmpty ? nil : Int(afterHost.dropFirst())
            if !afterHost.isEmpty && port == nil { return nil }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            guard let number = Int(authority[authority.index(after: colon)...]) else { return nil }
            port = number
        } else {
            host = String(authority)
            port = nil
        }
        guard !host.isEmpty else { return nil }
        if let questionMark = pathAndQuery.firstIndex(of: "?") {
            path = String(pathAndQuery[..<questionMark])
            query = String(pathAndQuery[pathAndQuery.index(after: questionMark)...])
        } else {
            path = String(pathAndQuery)
            query = nil
        }
    }

    /// The `host` header value: the host, with `:port` only for a non-default port
    /// (as botocore signs it; IAM User Guide, "Create a signed AWS API request", step 1).
    var hostHeader: String {
        guard let port else { return host }
        let isDefault = (scheme == "https" && port == 443) || (scheme == "http" && port == 80)
        return isDefault ? host : "\(host):\(port)"
    }
}
