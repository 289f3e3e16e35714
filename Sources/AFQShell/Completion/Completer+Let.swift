extension Completer {
    /// The pipeline part of `let $NAME = PIPELINE` (docs/language.md, "Let"), so it completes as
    /// a statement of its own does; nil when `statement` is not a `let` past its `=`.
    static func pipelineOfLet(_ statement: Substring) -> Substring? {
        guard statement.hasPrefix("let") else { return nil }
        var rest = statement.dropFirst(3)
        guard rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "$" else { return nil }
        rest = rest.dropFirst().drop { $0.isLetter || $0.isNumber || $0 == "_" }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=", rest.dropFirst().first != "=" else { return nil }
        return rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    }
}
