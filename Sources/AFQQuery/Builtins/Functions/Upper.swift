/// `upper(s)`: the string in upper case; null stays null.
enum Upper {
    static let definition = FunctionDefinition(
        name: "upper", arity: 1...1, signature: "upper(s)", summary: "the string in upper case; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"S3\" | get upper(connectorName)",
                #""AMAZON S3""#)
        ],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        switch arguments[0] {
        case .null: return .null
        case .string(let s): return .string(s.uppercased())
        default: throw call.argumentError(0, expected: "a string", got: arguments[0])
        }
    }
}
