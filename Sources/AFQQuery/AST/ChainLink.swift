/// One operation of a flat chain (`Expression.chain`), with the range of the left-deep node it
/// stands for: from the start of the chain to the end of this operation, which is where the
/// carets of its errors point.
public struct ChainLink: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        /// `+`, `-`, `*`, `/` or `%` and its right operand.
        case binary(BinaryOperator, Expression)
        /// `.name`
        case member(String)
        /// `[index]`
        case index(Expression)
    }

    public var step: Step
    public var range: SourceRange

    public init(_ step: Step, range: SourceRange) {
        self.step = step
        self.range = range
    }

    /// The left-deep node this operation makes of `base`: what a flat chain stands for.
    public func applied(to base: Expression) -> Expression {
        switch step {
        case .binary(let op, let operand): return .binary(op, base, operand, range)
        case .member(let name): return .member(base, name, range)
        case .index(let index): return .index(base, index, range)
        }
    }
}
