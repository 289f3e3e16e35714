/// Malformed JSON: what was expected, and where (a byte offset plus the 1-based line and column).
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Lowercase, no trailing period: `expected ',' or '}' after an object member`.
    public var message: String
    /// Byte offset into the whole input (not into one JSON Lines line).
    public var offset: Int
    /// 1-based line of `offset`.
    public var line: Int
    /// 1-based column of `offset`, counted in characters.
    public var column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `4:5: expected ',' or '}' after an object member`.
    public var description: String { "\(line):\(column): \(message)" }
}
