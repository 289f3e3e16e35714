/// `date(ts)`: the UTC calendar date of an instant as `YYYY-MM-DD` text (docs/language.md, "Time").
enum DateOf {
    static let definition = FunctionDefinition(
        name: "date", arity: 1...1, signature: "date(ts)",
        summary: "the UTC date of ts as \"YYYY-MM-DD\"; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorLabel == \"acme-inventory-api\" | get date(registeredAt)",
                #""2024-02-29""#)
        ],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        guard let instant = try TimeArgument.instant(arguments, 0, call) else { return .null }
        return .string(String(instant.iso8601.prefix(10)))
    }
}
