/// `coalesce(a, b, ...)`: the first argument that is not null.
enum Coalesce {
    static let definition = FunctionDefinition(
        name: "coalesce", arity: 1...Int.max, signature: "coalesce(a, b, ...)",
        summary: "the first argument that is not null",
        examples: [
            HelpExample(
                "connectors | select connectorType, coalesce(connectorLabel, connectorName) as name | limit 3",
                #"""
                {"connectorType":"Salesforce","name":"Salesforce"}
                {"connectorType":"Singular","name":"Singular"}
                {"connectorType":"Slack","name":"Slack"}
                """#)
        ],
        resultType: { types in types.first { $0 != .any } ?? .any }
    ) { arguments, _ throws(RuntimeError) in
        arguments.first { !$0.isNull } ?? .null
    }
}
