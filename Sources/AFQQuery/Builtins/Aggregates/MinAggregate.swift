/// `min(x)`: the smallest non-null value in sort order (afq-language §5); null when none.
enum MinAggregate {
    static let definition = AggregateDefinition(
        name: "min", arity: 1...1, signature: "min(x)", summary: "the smallest non-null value; null when none",
        examples: ["connectors | group by connectorOwner compute min(registeredAt) as first"],
        resultType: { $0 ?? .any }, makeAccumulator: { Extreme(keepsLarger: false) })
}

/// Keeps the smallest or largest value seen, in the total order of `sort by`.
struct Extreme: Accumulator {
    let keepsLarger: Bool
    var best: Value? = nil

    mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
        guard let value, !value.isNull else { return }
        consider(value)
    }

    /// A later value replaces the best only when strictly better: ties keep the first.
    private mutating func consider(_ value: Value) {
        guard let current = best else {
            best = value
            return
        }
        let order = Value.sortOrder(value, current)
        if keepsLarger ? order > 0 : order < 0 { best = value }
    }

    var result: Value { best ?? .null }

    static var mergesExactly: Bool { true }
    mutating func merge(_ later: any Accumulator) {
        if let later = later as? Extreme, let candidate = later.best { consider(candidate) }
    }
}
