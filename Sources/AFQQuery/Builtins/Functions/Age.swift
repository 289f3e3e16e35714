/// `age(ts)`: how long ago an instant was, `now() - ts` (docs/language.md, "Time").
enum Age {
    static let definition = FunctionDefinition(
        name: "age", arity: 1...1, signature: "age(ts)",
        summary: "now() - ts: how long ago ts was, as a duration; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorLabel == \"workday-hcm\" | get age(registeredAt) > 300d", "true")
        ],
        resultType: { _ in .duration }
    ) { arguments, call throws(RuntimeError) in
        guard let instant = try TimeArgument.instant(arguments, 0, call) else { return .null }
        guard
            let result = try TimeArithmetic.apply(
                .subtract, .timestamp(call.now), .timestamp(instant), range: call.range)
        else { return .null }
        return result
    }
}
