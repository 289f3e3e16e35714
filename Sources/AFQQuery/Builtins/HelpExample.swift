/// A query `.help` shows, run over the bundled sample, with its result as JSON Lines (one value
/// per line, compact): the test suite runs every one and compares.
public struct HelpExample: Sendable, Equatable {
    public let query: String
    public let expected: String

    public init(_ query: String, _ expected: String) {
        self.query = query
        self.expected = expected
    }
}
