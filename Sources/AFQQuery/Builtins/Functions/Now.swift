/// `now()`: the statement's start time, one instant for every row (docs/language.md, "Time").
enum Now {
    static let definition = FunctionDefinition(
        name: "now", arity: 0...0, signature: "now()",
        summary: "the time the statement started (fixed by AFQ_NOW), the same for every row",
        examples: [
            HelpExample(
                "connectors | where registeredAt is not null | get now() - now() | distinct", "0"),
            HelpExample(
                "connectors | where registeredAt > now() - 36500d | count", "7"),
        ],
        resultType: { _ in .timestamp }
    ) { _, call throws(RuntimeError) in
        .timestamp(call.now)
    }
}
