/// `distinct(x)`: the distinct values in first-seen order, null among them (docs/language.md, "Stages").
enum DistinctAggregate {
    static let definition = AggregateDefinition(
        name: "distinct", arity: 1...1, signature: "distinct(x)",
        summary: "the list of distinct values, in first-seen order",
        examples: [
            HelpExample(
                "connectors | group by canUseAsSource compute distinct(connectorOwner) as owners",
                #"""
                {"canUseAsSource":true,"owners":["AWS","Example Partner Inc.","Acme Data Platform","AWS Samples"]}
                {"canUseAsSource":false,"owners":["AWS","Acme Data Platform"]}
                """#)
        ],
        resultType: { .list($0 ?? .any) }, makeAccumulator: { Distincter() })

    struct Distincter: Accumulator {
        var seen: Set<GroupingKey> = []
        var values: [Value] = []
        mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
            let value = value ?? .null
            if seen.insert(GroupingKey(value)).inserted { values.append(value) }
        }
        var result: Value { .list(values) }
        static var mergesExactly: Bool { true }
        mutating func merge(_ later: any Accumulator) {
            guard let later = later as? Distincter else { return }
            for value in later.values where seen.insert(GroupingKey(value)).inserted { values.append(value) }
        }
    }
}
