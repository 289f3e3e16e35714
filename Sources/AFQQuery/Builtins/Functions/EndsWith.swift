/// `ends_with(s, suffix)`: whether a string ends with another, by code points as `==` compares
/// strings (docs/language.md, "Operators").
enum EndsWith {
    static let definition = FunctionDefinition(
        name: "ends_with", arity: 2...2, signature: "ends_with(s, suffix)",
        summary: "whether s ends with suffix (case-sensitive); null stays null",
        examples: [
            HelpExample(
                "connectors | where ends_with(connectorLabel, \"-api\") | get connectorLabel",
                #""acme-inventory-api""#)
        ],
        resultType: { _ in .boolean }
    ) { arguments, call throws(RuntimeError) in
        let suffix = try StringArgument.required(arguments, 1, call)
        guard let text = try StringArgument.subject(arguments, call) else { return .null }
        return .bool(text.unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed()))
    }
}
