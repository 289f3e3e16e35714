/// `count()` counts rows; `count(x)` counts rows where x is not null.
enum CountAggregate {
    static let definition = AggregateDefinition(
        name: "count", arity: 0...1, signature: "count() / count(x)",
        summary: "count() counts the group's rows; count(x) those where x is not null",
        examples: ["connectors | group by connectorOwner compute count(), count(connectorArn) as withArn"],
        resultType: { _ in .number }, makeAccumulator: { Counter() })

    struct Counter: Accumulator {
        var n = 0
        mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
            if value?.isNull != true { n += 1 }
        }
        var result: Value { .number(Double(n)) }
        static var mergesExactly: Bool { true }
        mutating func merge(_ later: any Accumulator) {
            if let later = later as? Counter { n += later.n }
        }
    }
}
