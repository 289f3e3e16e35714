/// `last(list)`: a list's last element; null for an empty or null list.
enum Last {
    static let definition = FunctionDefinition(
        name: "last", arity: 1...1, signature: "last(list)",
        summary: "the last element; null for an empty or null list",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Zendesk\" | get last(supportedWriteOperations)", #""UPSERT""#)
        ],
        resultType: ListArgument.elementType
    ) { arguments, call throws(RuntimeError) in
        try ListArgument.elements(arguments, call)?.last ?? .null
    }
}
