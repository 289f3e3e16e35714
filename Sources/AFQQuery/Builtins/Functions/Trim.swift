/// `trim(s)`: the string without leading and trailing white space; null stays null.
enum Trim {
    static let definition = FunctionDefinition(
        name: "trim", arity: 1...1, signature: "trim(s)",
        summary: "the string without leading and trailing white space; null stays null",
        examples: [HelpExample("connectors | where trim(connectorOwner) == \"AWS\" | count", #"23"#)],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        switch arguments[0] {
        case .null: return .null
        case .string(let s):
            return .string(String(s.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()))
        default: throw call.argumentError(0, expected: "a string", got: arguments[0])
        }
    }
}
