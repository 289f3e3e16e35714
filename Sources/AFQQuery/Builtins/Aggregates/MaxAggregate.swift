/// `max(x)`: the largest non-null value in sort order (afq-language §5); null when none.
enum MaxAggregate {
    static let definition = AggregateDefinition(
        name: "max", arity: 1...1, signature: "max(x)", summary: "the largest non-null value; null when none",
        examples: ["connectors | group by connectorOwner compute max(registeredAt) as latest"],
        resultType: { $0 ?? .any }, makeAccumulator: { Extreme(keepsLarger: true) })
}
