/// One step of a compiled pattern, as in Thompson's construction: the first five consume one
/// scalar, the rest move between states without consuming (docs/language.md, "Regular
/// expressions").
enum RegexInstruction: Sendable {
    case scalar(UInt32)
    /// A scalar compared by its case folding (`RegexCaseFolding`), already folded here.
    case foldedScalar(UInt32)
    case anyScalar
    case anyButNewline
    /// An index into the program's classes.
    case set(Int)
    /// Go on at both targets.
    case split(Int, Int)
    case jump(Int)
    /// Go on at the next instruction if the position passes.
    case assertion(RegexAssertion)
    case match
}
