/// `starts_with(s, prefix)`: whether a string begins with another, by code points as `==`
/// compares strings (docs/language.md, "Operators").
enum StartsWith {
    static let definition = FunctionDefinition(
        name: "starts_with", arity: 2...2, signature: "starts_with(s, prefix)",
        summary: "whether s begins with prefix (case-sensitive); null stays null",
        examples: [
            HelpExample(
                "connectors | where starts_with(connectorLabel, \"acme\") | get connectorLabel",
                #"""
                "acme.postgres-lambda"
                "acme-inventory-api"
                """#)
        ],
        resultType: { _ in .boolean }
    ) { arguments, call throws(RuntimeError) in
        let prefix = try StringArgument.required(arguments, 1, call)
        guard let text = try StringArgument.subject(arguments, call) else { return .null }
        return .bool(text.unicodeScalars.starts(with: prefix.unicodeScalars))
    }
}
