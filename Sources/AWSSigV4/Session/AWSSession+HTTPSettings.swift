extension AWSSession {
    /// The CA bundle and proxies for this session's environment and profile, for the
    /// transport of every request the session leads to (AppFlow, STS, IAM Identity Center).
    ///
    /// ```swift
    /// let transport = CurlTransport(settings: try session.httpSettings())
    /// ```
    ///
    /// - Throws: `ConfigurationError.unusableCABundle` or `.invalidProxyURL` (see
    ///   `HTTPSettings.resolve`).
    public func httpSettings() throws(ConfigurationError) -> HTTPSettings {
        try HTTPSettings.resolve(environment: environment, profile: profile)
    }
}
