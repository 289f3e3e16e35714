/// An aggregate of afq-language §5 (`count()`, `sum(x)`, …), usable only after `compute`.
public struct AggregateDefinition: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    public let signature: String
    public let summary: String
    public let examples: [String]
    let resultType: @Sendable (SchemaType?) -> SchemaType
    /// A fresh accumulator for one group.
    let makeAccumulator: @Sendable () -> any Accumulator

    init(
        name: String, arity: ClosedRange<Int>, signature: String, summary: String, examples: [String],
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
    }
}

/// Folds one group's values; `value` is nil for `count()`, which takes no argument.
protocol Accumulator {
    mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError)
    var result: Value { get }
}
