/// An HTTP request as it will be sent: what SigV4 signs and what a transport sends.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// Absolute URL: scheme, host, optional port, path (and query, unused by AppFlow).
    public var url: String
    /// In order; names as sent (signing lower-cases them).
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Seconds before the whole request is given up.
    public var timeout: Double

    public init(
        method: String, url: String, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
        timeout: Double = 30
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body && lhs.timeout == rhs.timeout
            && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
    }
}
