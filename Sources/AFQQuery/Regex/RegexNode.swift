/// A parsed pattern (docs/language.md, "Regular expressions"). Groups leave no node of their own:
/// `=~` only asks whether there is a match, so nothing is captured. The tree is at most a few
/// levels per group deep, and groups nest at most `RegularExpression.maxNesting` deep, so walks
/// over it may recurse.
indirect enum RegexNode: Sendable {
    /// Matches the empty text: `()`, an empty alternative, `x{0}`.
    case empty
    /// One scalar; with `caseInsensitive`, any scalar of the same simple case folding.
    case scalar(UInt32, caseInsensitive: Bool)
    /// `.`: any scalar, or any but `\n` unless `(?s)`.
    case any(matchesNewline: Bool)
    /// A class (`[a-z]`, `\d`, `\W`).
    case set(RegexScalarSet)
    /// `^`, `$`, `\b`, `\B`, `\A`, `\z`.
    case assertion(RegexAssertion)
    case concatenation([RegexNode])
    case alternation([RegexNode])
    /// `x*`, `x+`, `x?`, `x{m,n}`; `maximum` nil for no upper bound. Lazy forms are the same
    /// node: whether there is a match does not depend on the order the engine tries.
    case repetition(RegexNode, minimum: Int, maximum: Int?)
}
