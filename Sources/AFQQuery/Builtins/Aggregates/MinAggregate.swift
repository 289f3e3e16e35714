/// `min(x)`: the smallest non-null value in sort order (docs/language.md, "Stages"); null when none.
enum MinAggregate {
    static let definition = AggregateDefinition(
        name: "min", arity: 1...1, signature: "min(x)", summary: "the smallest non-null value; null when none",
        examples: [
            HelpExample(
                "connectors | group by connectorOwner compute min(registeredAt) as first",
                #"""
                {"connectorOwner":"AWS","first":null}
                {"connectorOwner":"Example Partner Inc.","first":"2023-03-14T16:26:53.589Z"}
                {"connectorOwner":"Acme Data Platform","first":"2024-02-29T17:00:00.500Z"}
                {"connectorOwner":"AWS Samples","first":"2023-09-21T13:20:00Z"}
                """#)
        ],
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
