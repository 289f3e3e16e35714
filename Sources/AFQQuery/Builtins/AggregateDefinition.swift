/// An aggregate (docs/language.md, "Stages") (`count()`, `sum(x)`, …), usable only after `compute`.
public struct AggregateDefinition: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    public let signature: String
    public let summary: String
    public let examples: [HelpExample]
    let resultType: @Sendable (SchemaType?) -> SchemaType
    /// A fresh accumulator for one group.
    package let makeAccumulator: @Sendable () -> any Accumulator
    /// Whether groups can be folded in parts and merged (`Accumulator.mergesExactly`).
    package let mergesExactly: Bool

    init(
        name: String, arity: ClosedRange<Int>, signature: String, summary: String, examples: [HelpExample],
        resultType: @escaping @Sendable (SchemaType?) -> SchemaType,
        makeAccumulator: @escaping @Sendable () -> any Accumulator
    ) {
        self.name = name
        self.arity = arity
        self.signature = signature
        self.summary = summary
        self.examples = examples
        self.resultType = resultType
        self.makeAccumulator = makeAccumulator
        self.mergesExactly = type(of: makeAccumulator()).mergesExactly
    }
}

/// Folds one group's values; `value` is nil for `count()`, which takes no argument.
package protocol Accumulator: Sendable {
    mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError)
    var result: Value { get }
    /// Whether `merge` gives exactly what folding every row in order gives, so a group can be
    /// folded in parts on several threads. Sums and means cannot promise it: floating-point
    /// addition depends on its order.
    static var mergesExactly: Bool { get }
    /// Adds what an accumulator of the same type folded from the rows after this one's.
    mutating func merge(_ later: any Accumulator)
}

extension Accumulator {
    static var mergesExactly: Bool { false }

    mutating func merge(_ later: any Accumulator) {
        preconditionFailure("\(Self.self) cannot merge; check mergesExactly first")
    }
}
