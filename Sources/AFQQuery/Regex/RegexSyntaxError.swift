/// Why a pattern given to `=~` or `!~` cannot be compiled (docs/language.md, "Regular
/// expressions"): a mistake in it, a feature afq leaves out because it cannot be matched in
/// linear time, or a pattern too large or too deeply nested. The checker reports it under a
/// literal pattern before anything runs; a pattern computed at run time is a run-time error.
public struct RegexSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Sendable {
        /// Not a well-formed pattern: `Sales(force`, `[z-a]`, `*a`.
        case invalid
        /// Well formed elsewhere, but needs backtracking: backreferences, lookaround, atomic groups,
        /// possessive quantifiers, recursion, conditionals.
        case unsupported
        /// Past a limit of the engine: counted repetition that expands too far, groups nested too
        /// deep.
        case tooLarge
    }

    public let pattern: String
    public let kind: Kind
    /// What is wrong and where in the pattern, for the label under the caret.
    public let problem: String
    /// What to write instead, or why afq does not do it.
    public let help: String?

    init(_ kind: Kind, in pattern: String, _ problem: String, help: String? = nil) {
        self.pattern = pattern
        self.kind = kind
        self.problem = problem
        self.help = help
    }

    /// The shared reason for every unsupported feature: afq keeps the promise that matching takes
    /// time proportional to the text, which these features break.
    static let linearTimeHelp =
        "afq matches regular expressions in time proportional to the pattern and the text, without "
        + "backtracking, so it leaves out backreferences, lookaround, atomic groups and possessive quantifiers "
        + "(docs/language.md, \"Regular expressions\")"

    /// The diagnostic under the pattern's text in the query (`range`).
    public func diagnostic(at range: SourceRange) -> Diagnostic {
        let shown = "`\(pattern)`"
        let message: String
        switch kind {
        case .invalid: message = "invalid regular expression \(shown)"
        case .unsupported: message = "unsupported regular expression \(shown)"
        case .tooLarge: message = "regular expression \(shown) is too large"
        }
        return Diagnostic(message, at: range, label: problem, notes: help.map { [$0] } ?? [])
    }
}
