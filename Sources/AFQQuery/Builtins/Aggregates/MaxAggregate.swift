/// `max(x)`: the largest non-null value in sort order (docs/language.md, "Stages"); null when none.
enum MaxAggregate {
    static let definition = AggregateDefinition(
        name: "max", arity: 1...1, signature: "max(x)", summary: "the largest non-null value; null when none",
        examples: [
            HelpExample(
                "connectors | group by connectorOwner compute max(registeredAt) as latest",
                #"""
                {"connectorOwner":"AWS","latest":null}
                {"connectorOwner":"Example Partner Inc.","latest":"2024-01-15T12:00:00Z"}
                {"connectorOwner":"Acme Data Platform","latest":"2024-04-08T12:21:52Z"}
                {"connectorOwner":"AWS Samples","latest":"2023-09-21T13:20:00Z"}
                """#)
        ],
        resultType: { $0 ?? .any }, makeAccumulator: { Extreme(keepsLarger: true) })
}
