import Foundation

/// The proxies requests go through, read from the environment the way the AWS CLI reads them
/// (AWS CLI User Guide, "Using an HTTP proxy"; Python's `urllib.request.getproxies`, which
/// botocore uses): `HTTPS_PROXY` for `https://` URLs, `HTTP_PROXY` for `http://` URLs, and
/// `NO_PROXY` for the hosts that go direct. The lower-case name wins over the upper-case one when
/// both are set, and an empty lower-case value turns the proxy off.
///
/// Read from the environment afq was given, not from the process's: libcurl would otherwise
/// read these variables itself, behind the injected environment's back.
///
/// A proxy URL may hold `user:password@`; printing settings shows `<redacted>` in its place.
public struct ProxySettings: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The proxy for `https://` URLs, e.g. `http://proxy.example.com:3128`.
    public var https: String?
    /// The proxy for `http://` URLs.
    public var http: String?
    /// Hosts that bypass the proxy, comma-separated: a name also covers its subdomains
    /// (`example.com` covers `appflow.example.com`), `*` covers every host.
    public var noProxy: String?

    public init(https: String? = nil, http: String? = nil, noProxy: String? = nil) {
        self.https = https
        self.http = http
        self.noProxy = noProxy
    }

    /// The settings `environment` gives.
    ///
    /// - Throws: `ConfigurationError.invalidProxyURL` for a proxy URL whose scheme is neither
    ///   `http` nor `https` (a URL without one means `http`, as for the AWS CLI). libcurl would
    ///   also take a SOCKS proxy, which the AWS CLI does not, so a setting both read means the
    ///   same to both.
    public static func resolve(environment: [String: String]) throws(ConfigurationError) -> ProxySettings {
        var settings = ProxySettings(noProxy: variable("no_proxy", in: environment)?.value)
        if let (value, origin) = variable("https_proxy", in: environment) {
            try check(value, origin: origin)
            settings.https = value
        }
        if let (value, origin) = variable("http_proxy", in: environment) {
            try check(value, origin: origin)
            settings.http = value
        }
        return settings
    }

    /// The lower-case variable if it is set at all (empty means none), else the upper-case one;
    /// with the name it was read from.
    private static func variable(_ lowerCaseName: String, in environment: [String: String])
        -> (value: String, origin: String)?
    {
        let upperCaseName = lowerCaseName.uppercased()
        let (value, origin) =
            environment[lowerCaseName].map { ($0, lowerCaseName) }
            ?? (environment[upperCaseName] ?? "", upperCaseName)
        let text = value.trimmingWhitespace()
        return text.isEmpty ? nil : (text, origin)
    }

    private static func check(_ proxyURL: String, origin: String) throws(ConfigurationError) {
        guard let schemeEnd = proxyURL.range(of: "://") else { return }
        let scheme = proxyURL[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw .invalidProxyURL(value: redacting(proxyURL), origin: origin)
        }
    }

    /// The proxy for a request to `url`, chosen by its scheme; `nil` for none. Whether the host
    /// is in `noProxy` is left to libcurl, which is given both.
    public func proxy(for url: String) -> String? {
        let lowered = url.prefix(8).lowercased()
        if lowered.hasPrefix("https://") { return https }
        if lowered.hasPrefix("http://") { return http }
        return nil
    }

    /// `proxyURL` with its user name and password, if any, replaced by `<redacted>`.
    public static func redacting(_ proxyURL: String) -> String {
        guard let userInfo = userInfoRange(proxyURL) else { return proxyURL }
        return proxyURL.replacingCharacters(in: userInfo, with: "<redacted>")
    }

    /// `text` (a message that may quote the proxy URL) with the proxy's user name and password
    /// replaced by `<redacted>` wherever they appear.
    static func redacting(_ text: String, credentialsOf proxyURL: String?) -> String {
        guard let proxyURL, let range = userInfoRange(proxyURL) else { return text }
        let userInfo = String(proxyURL[range])
        var redacted = text.replacingOccurrences(of: userInfo, with: "<redacted>")
        if let colon = userInfo.firstIndex(of: ":") {
            let password = String(userInfo[userInfo.index(after: colon)...])
            if !password.isEmpty { redacted = redacted.replacingOccurrences(of: password, with: "<redacted>") }
        }
        return redacted
    }

    /// Between `scheme://` (or the start) and the last `@`: a password may hold characters that
    /// should have been percent-encoded, `/` and `@` among them, so too much is hidden rather
    /// than too little.
    private static func userInfoRange(_ url: String) -> Range<String.Index>? {
        let start = url.range(of: "://")?.upperBound ?? url.startIndex
        guard let at = url[start...].lastIndex(of: "@") else { return nil }
        return start..<at
    }

    public var description: String {
        let parts = [
            https.map { "https \(ProxySettings.redacting($0))" }, http.map { "http \(ProxySettings.redacting($0))" },
            noProxy.map { "no proxy for \($0)" },
        ]
        let text = parts.compactMap { $0 }.joined(separator: ", ")
        return "ProxySettings(\(text.isEmpty ? "none" : text))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "https": https.map(ProxySettings.redacting) as Any, "http": http.map(ProxySettings.redacting) as Any,
                "noProxy": noProxy as Any,
            ], displayStyle: .struct)
    }
}
