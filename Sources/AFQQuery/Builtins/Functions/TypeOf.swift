/// `type(x)`: the name of the value's type (docs/language.md, "Values").
enum TypeOf {
    static let definition = FunctionDefinition(
        name: "type", arity: 1...1, signature: "type(x)",
        summary: "the type's name: null, boolean, number, string, timestamp, duration, list or record",
        examples: [
            HelpExample(
                "connectors | get type(registeredAt) | distinct",
                #"""
                "null"
                "timestamp"
                """#)
        ],
        resultType: { _ in .string }
    ) { arguments, _ throws(RuntimeError) in
        .string(arguments[0].typeName)
    }
}
