import Testing

@testable import AWSSigV4

struct RequestURLTests {
    @Test func splitsAURL() throws {
        let url = try #require(RequestURL("https://user@Host.example:8443/a%20b/c?x=1#frag"))
        #expect(url.scheme == "https")
        #expect(url.host == "Host.example")
        #expect(url.port == 8443)
        #expect(url.path == "/a%20b/c")
        #expect(url.query == "x=1")
        #expect(url.hostHeader == "Host.example:8443")
    }

    @Test func keepsIPv6Brackets() throws {
        let url = try #require(RequestURL("http://[::1]:8080/x"))
        #expect(url.hostHeader == "[::1]:8080")
    }

    @Test func omitsDefaultPorts() throws {
        #expect(RequestURL("http://h:80/")?.hostHeader == "h")
        #expect(RequestURL("https://h:443")?.hostHeader == "h")
        #expect(RequestURL("http://h:443")?.hostHeader == "h:443")
    }

    @Test(arguments: ["", "no-scheme", "https://", "https://:80/", "http://h:port/"])
    func rejectsMalformedURLs(_ text: String) {
        #expect(RequestURL(text) == nil)
    }
}
