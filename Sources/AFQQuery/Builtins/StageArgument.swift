/// What follows a stage's keywords, as completion offers it.
public enum StageArgument: Sendable, Equatable {
    /// Nothing (`count`, `distinct`).
    case none
    /// A whole number (`limit 10`).
    case count
    /// Expressions: field paths, functions, variables, values after a comparison.
    case expressions
    /// Expressions, each followed by `asc` or `desc`.
    case sortKeys
    /// Expressions, then aggregates after `compute` (`group by`); aggregates alone for the
    /// `compute` stage, whose keyword is that `compute`.
    case groupKeys
    /// An output format's name.
    case format
}
