/// `avg(x)`: the mean of the non-null numbers; null when none.
enum AvgAggregate {
    static let definition = AggregateDefinition(
        name: "avg", arity: 1...1, signature: "avg(x)", summary: "the mean of the non-null numbers; null when none",
        examples: [
            HelpExample(
                "connectors | group by canUseAsDestination compute avg(len(supportedDestinationConnectors)) as reach",
                #"""
                {"canUseAsDestination":true,"reach":4.1875}
                {"canUseAsDestination":false,"reach":8.642857142857142}
                """#)
        ],
        resultType: { _ in .number }, makeAccumulator: { Averager() })

    struct Averager: Accumulator {
        var total = 0.0
        var n = 0
        mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
            switch value {
            case .number(let x):
                total += x
                n += 1
            case .null, nil: break
            case let other?: throw .argumentType(function: "avg", expected: "numbers", got: other.typeName, range)
            }
        }
        var result: Value { n == 0 ? .null : .number(total / Double(n)) }
    }
}
