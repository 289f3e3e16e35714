/// `collect(x)`: the values in row order, nulls included (docs/language.md, "Stages").
enum CollectAggregate {
    static let definition = AggregateDefinition(
        name: "collect", arity: 1...1, signature: "collect(x)", summary: "the list of values, in row order",
        examples: [
            HelpExample(
                "connectors | where canUseAsDestination | group by connectorOwner compute collect(connectorType) as types",
                #"""
                {"connectorOwner":"AWS","types":["Salesforce","Redshift","S3","Marketo","Zendesk","Snowflake","EventBridge","LookoutMetrics","Upsolver","Honeycode","CustomerProfiles","SAPOData"]}
                {"connectorOwner":"Acme Data Platform","types":["CustomConnector","CustomConnector"]}
                {"connectorOwner":"AWS Samples","types":["CustomConnector"]}
                {"connectorOwner":"Example Partner Inc.","types":["CustomConnector"]}
                """#)
        ],
        resultType: { .list($0 ?? .any) }, makeAccumulator: { Collector() })

    struct Collector: Accumulator {
        var values: [Value] = []
        mutating func add(_ value: Value?, at range: SourceRange) throws(RuntimeError) {
            values.append(value ?? .null)
        }
        var result: Value { .list(values) }
        static var mergesExactly: Bool { true }
        mutating func merge(_ later: any Accumulator) {
            if let later = later as? Collector { values += later.values }
        }
    }
}
