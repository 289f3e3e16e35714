/// `year(ts)`: the UTC calendar year of an instant, a number (docs/language.md, "Time").
enum YearOf {
    static let definition = FunctionDefinition(
        name: "year", arity: 1...1, signature: "year(ts)",
        summary: "the UTC year of ts as a number; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorLabel == \"acme-inventory-api\" | get year(registeredAt)", "2024")
        ],
        resultType: { _ in .number }
    ) { arguments, call throws(RuntimeError) in
        guard let instant = try TimeArgument.instant(arguments, 0, call) else { return .null }
        return .number(Double(TimeArgument.civil(instant).year))
    }
}
