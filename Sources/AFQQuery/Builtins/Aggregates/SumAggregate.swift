/// `sum(x)`: the sum of the non-null numbers; 0 for a group with none.
enum SumAggregate {
    static let definition = AggregateDefinition(
        name: "sum", arity: 1...1, signature: "sum(x)", summary: "the sum of the non-null numbers (0 when none)",
        examples: [
            HelpExample(
                "connectors | group by canUseAsSource compute sum(len(supportedOperators)) as operators",
                #"""
                {"canUseAsSource":true,"operators":292}
                {"canUseAsSource":false,"operators":0}
                """#)
        ],
        resultType: { _ in .number }, makeAccumulator: { Summer() })

    struct Summer: Accumulator {
        var total = 0.0
        mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
            switch value {
            case .number(let n): total += n
            case .null, nil: break
            case let other?: throw .argumentType(function: "sum", expected: "numbers", got: other.typeName, range)
            }
        }
        var result: Value { .number(total) }
    }
}
