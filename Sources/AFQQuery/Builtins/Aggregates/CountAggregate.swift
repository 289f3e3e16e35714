/// `count()` counts rows; `count(x)` counts rows where x is not null.
enum CountAggregate {
    static let definition = AggregateDefinition(
        name: "count", arity: 0...1, signature: "count() / count(x)",
        summary: "count() counts the group's rows; count(x) those where x is not null",
        examples: [
            HelpExample(
                "connectors | group by connectorOwner compute count(), count(connectorArn) as withArn",
                #"""
                {"connectorOwner":"AWS","count()":23,"withArn":0}
                {"connectorOwner":"Example Partner Inc.","count()":4,"withArn":4}
                {"connectorOwner":"Acme Data Platform","count()":2,"withArn":2}
                {"connectorOwner":"AWS Samples","count()":1,"withArn":1}
                """#)
        ],
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
