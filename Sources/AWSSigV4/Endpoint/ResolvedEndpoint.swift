/// Where AppFlow requests go: a base URL (scheme, host, optional port and path prefix, no
/// trailing slash) to which operation paths are appended (docs/live.md, "Endpoints").
public struct ResolvedEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// e.g. `https://appflow.us-east-1.amazonaws.com` or `http://localhost:4566/prefix`.
    public let baseURL: String
    /// `--endpoint-url`, `AWS_ENDPOINT_URL_APPFLOW`, `AWS_ENDPOINT_URL`, `[services x] in <file>`,
    /// `profile x`, or `computed for <region>`.
    public let origin: String
    /// True for steps 1–5 of `EndpointResolver`'s order (anything not computed from the region).
    public let isCustom: Bool

    public init(baseURL: String, origin: String, isCustom: Bool) {
        self.baseURL = baseURL
        self.origin = origin
        self.isCustom = isCustom
    }

    /// The URL of an operation, e.g. `url(path: "/describe-connectors")`.
    public func url(path: String) -> String {
        baseURL + (path.hasPrefix("/") ? path : "/" + path)
    }

    public var description: String { "\(baseURL) (\(origin))" }
}
