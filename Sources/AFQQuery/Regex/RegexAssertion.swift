/// An empty-width test of a position, from the scalars on either side of it.
enum RegexAssertion: Sendable, Equatable {
    /// `\A`, and `^` without `(?m)`.
    case startOfText
    /// `\z`, and `$` without `(?m)`: the very end, not before a final newline.
    case endOfText
    /// `^` with `(?m)`: the start, or just after `\n`.
    case startOfLine
    /// `$` with `(?m)`: the end, or just before `\n`.
    case endOfLine
    /// `\b`: a word character (`\w`) on one side only.
    case wordBoundary
    /// `\B`.
    case notWordBoundary

    /// Whether the assertion holds between `previous` and `next`, each a scalar value or
    /// `RegexAssertion.none` at the ends of the text.
    @inline(__always)
    func holds(previous: Int, next: Int) -> Bool {
        switch self {
        case .startOfText: return previous < 0
        case .endOfText: return next < 0
        case .startOfLine: return previous < 0 || previous == 0x0A
        case .endOfLine: return next < 0 || next == 0x0A
        case .wordBoundary, .notWordBoundary:
            let before = previous >= 0 && RegexPerlClass.word.contains(UInt32(previous))
            let after = next >= 0 && RegexPerlClass.word.contains(UInt32(next))
            return (before != after) == (self == .wordBoundary)
        }
    }

    /// What stands for "no scalar" before the start or after the end of the text.
    static let none = -1
}
