/// A compiled pattern for `=~` and `!~` (docs/language.md, "Regular expressions"): a search, true
/// when the pattern matches anywhere in the text, over the text's Unicode scalars (code points),
/// as afq compares strings. Matching takes time proportional to the pattern times the text,
/// whatever either holds (`RegexPikeVM`), so no pattern can hang a query; the limits below keep
/// the pattern's part of that product, and its compiled size, bounded (docs/reliability.md,
/// "Regular expressions").
public struct RegularExpression: Sendable {
    /// Groups nest at most this deep: the compiler and the tree's release recurse once per level.
    public static let maxNesting = 256
    /// The largest count in `{m,n}`, as RE2 has it.
    public static let maxCount = 1000
    /// The most instructions a pattern may compile to, counted repetitions copied out: the
    /// memory of the program and the work per scalar of text are proportional to it.
    public static let maxInstructions = 10_000

    public let pattern: String
    private let program: RegexProgram
    /// Set when the pattern is plain text, perhaps anchored: then bytes are compared instead.
    private let literal: RegexLiteralSearch?

    public init(_ pattern: String) throws(RegexSyntaxError) {
        var parser = RegexParser(pattern)
        let root = try parser.parse()
        var compiler = RegexCompiler(pattern: pattern)
        program = try compiler.compile(root)
        literal = RegexLiteralSearch(root)
        self.pattern = pattern
    }

    /// Whether the pattern matches somewhere in `text`.
    public func isFound(in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ isFound(inUTF8: $0) }) { return found }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { isFound(inUTF8: $0) } ?? false
    }

    private func isFound(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let literal { return literal.isFound(in: bytes) }
        return RegexPikeVM.isFound(program, in: bytes)
    }
}
