/// `keys(r)`: a record's keys in order; an empty list for null.
enum Keys {
    static let definition = FunctionDefinition(
        name: "keys", arity: 1...1, signature: "keys(r)", summary: "a record's keys in order; [] for null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Salesforce\" | get keys(connectorMetadata.Salesforce)",
                #"["oAuthScopes","dataTransferApis","oauth2GrantTypesSupported"]"#)
        ],
        resultType: { _ in .list(.string) }
    ) { arguments, call throws(RuntimeError) in
        switch arguments[0] {
        case .null: return .list([])
        case .record(let r): return .list(r.keys.map(Value.string))
        default: throw call.argumentError(0, expected: "a record", got: arguments[0])
        }
    }
}
