import AFQQuery

/// Gathers typed lines until they form complete statements, by the continuation rules of
/// docs/language.md, "Pipelines": a trailing `|`, `,` or operator, or an open `(` or `[`, asks for
/// another line.
public struct StatementAccumulator {
    public private(set) var pending: [String] = []

    public init() {}

    public var isEmpty: Bool { pending.isEmpty }

    /// Adds a line; returns the text to run when it completes the input, else nil.
    public mutating func add(_ line: String) -> String? {
        pending.append(line)
        let text = pending.joined(separator: "\n")
        guard !StatementAccumulator.needsMore(text) else { return nil }
        pending = []
        return text
    }

    /// Starts the pending input with an earlier statement that the next line continues.
    public mutating func continueStatement(_ text: String) {
        pending = [text]
    }

    public mutating func reset() {
        pending = []
    }

    /// True when the text cannot end here: an open bracket, or a last token that asks for more.
    public static func needsMore(_ text: String) -> Bool {
        var lexer = Lexer(text)
        guard let tokens = try? lexer.tokenize() else {
            // An unterminated string on this line is an error to show, not a reason to wait.
            return false
        }
        var depth = 0
        for token in tokens {
            if token.isSymbol(.leftParen) || token.isSymbol(.leftBracket) { depth += 1 }
            if token.isSymbol(.rightParen) || token.isSymbol(.rightBracket) { depth -= 1 }
        }
        if depth > 0 { return true }
        let meaningful = tokens.dropLast()
        guard let last = meaningful.last else { return false }
        if case .newline = last.kind { return false }
        return last.isSymbol(.pipe) || last.isSymbol(.comma) || Lexer.expectsMore(after: last)
    }
}
