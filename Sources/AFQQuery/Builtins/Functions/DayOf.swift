/// `day(ts)`: the UTC calendar day of an instant, a number (docs/language.md, "Time").
enum DayOf {
    static let definition = FunctionDefinition(
        name: "day", arity: 1...1, signature: "day(ts)",
        summary: "the UTC day of ts as a number; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorLabel == \"acme-inventory-api\" | get day(registeredAt)", "29")
        ],
        resultType: { _ in .number }
    ) { arguments, call throws(RuntimeError) in
        guard let instant = try TimeArgument.instant(arguments, 0, call) else { return .null }
        return .number(Double(TimeArgument.civil(instant).day))
    }
}
