/// `collect(x)`: the non-null values in row order.
enum CollectAggregate {
    static let definition = AggregateDefinition(
        name: "collect", arity: 1...1, signature: "collect(x)", summary: "the list of non-null values, in row order",
        examples: ["connectors | where canUseAsDestination | group by connectorOwner compute collect(connectorType) as types"],
        resultType: { .list($0 ?? .any) }, makeAccumulator: { Collector() })

    struct Collector: Accumulator {
        var values: [Value] = []
        mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
            if let value, !value.isNull { values.append(value) }
        }
        var result: Value { .list(values) }
    }
}
