/// Which of a request's headers go into SignedHeaders. `host` and `x-amz-date` are always
/// signed; `authorization` never is.
public enum SignedHeaderSelection: Sendable, Equatable {
    /// Only these (lower-case) names, when present.
    case only(Set<String>)
    /// Every header present except these (lower-case) names.
    case allExcept(Set<String>)

    /// Exactly what AppFlow requests sign, as botocore signs them: `content-type`, `host`,
    /// `x-amz-date` and, with temporary credentials, `x-amz-security-token`. User-Agent,
    /// Content-Length, Accept and the like may be sent but are left out.
    public static let appFlow = SignedHeaderSelection.only([
        "content-type", "host", "x-amz-date", "x-amz-security-token",
    ])

    /// Every header the request carries except those proxies and HTTP stacks add or change
    /// (botocore's unsigned list plus hop-by-hop headers): the AWS SigV4 test-suite behaviour.
    public static let allPresent = SignedHeaderSelection.allExcept([
        "authorization", "user-agent", "expect", "x-amzn-trace-id", "transfer-encoding", "content-length", "connection",
        "keep-alive", "accept-encoding", "te", "upgrade", "proxy-authorization",
    ])

    func includes(_ lowercasedName: String) -> Bool {
        if lowercasedName == "authorization" { return false }
        if lowercasedName == "host" || lowercasedName == "x-amz-date" { return true }
        switch self {
        case .only(let names): return names.contains(lowercasedName)
        case .allExcept(let names): return !names.contains(lowercasedName)
        }
    }
}
