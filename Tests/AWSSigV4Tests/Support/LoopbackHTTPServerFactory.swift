import AFQTestSupport

enum LoopbackHTTPServerFactory {
    /// The base URL of a loopback port nobody listens on any more: connections are refused.
    static func closedPort() throws -> String {
        let server = try LoopbackHTTPServer { _ in .drop }
        let url = server.baseURL
        server.stop()
        return url
    }
}
