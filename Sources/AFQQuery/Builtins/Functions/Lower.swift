/// `lower(s)`: the string in lower case; null stays null.
enum Lower {
    static let definition = FunctionDefinition(
        name: "lower", arity: 1...1, signature: "lower(s)", summary: "the string in lower case; null stays null",
        examples: [
            HelpExample(
                "connectors | where lower(connectorName) contains \"amazon\" | get connectorName",
                #"""
                "Amazon Redshift"
                "Amazon S3"
                "Amazon EventBridge"
                "Amazon Lookout for Metrics"
                "Amazon Honeycode"
                "Amazon Connect Customer Profiles"
                """#)
        ],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        switch arguments[0] {
        case .null: return .null
        case .string(let s): return .string(s.lowercased())
        default: throw call.argumentError(0, expected: "a string", got: arguments[0])
        }
    }
}
