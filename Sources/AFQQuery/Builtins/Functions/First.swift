/// `first(list)`: a list's first element; null for an empty or null list.
enum First {
    static let definition = FunctionDefinition(
        name: "first", arity: 1...1, signature: "first(list)",
        summary: "the first element; null for an empty or null list",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Zendesk\" | get first(supportedWriteOperations)", #""INSERT""#)
        ],
        resultType: ListArgument.elementType
    ) { arguments, call throws(RuntimeError) in
        try ListArgument.elements(arguments, call)?.first ?? .null
    }
}
