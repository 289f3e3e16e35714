/// `month(ts)`: the UTC calendar month of an instant, a number (docs/language.md, "Time").
enum MonthOf {
    static let definition = FunctionDefinition(
        name: "month", arity: 1...1, signature: "month(ts)",
        summary: "the UTC month of ts as a number; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorLabel == \"acme-inventory-api\" | get month(registeredAt)", "2")
        ],
        resultType: { _ in .number }
    ) { arguments, call throws(RuntimeError) in
        guard let instant = try TimeArgument.instant(arguments, 0, call) else { return .null }
        return .number(Double(TimeArgument.civil(instant).month))
    }
}
