/// `len(x)`: characters of a string, elements of a list, keys of a record; 0 for null.
enum Len {
    static let definition = FunctionDefinition(
        name: "len", arity: 1...1, signature: "len(x)",
        summary: "characters of a string, elements of a list, keys of a record; 0 for null",
        examples: [
            HelpExample(
                "connectors | select connectorType, len(supportedOperators) as operators | limit 3",
                #"""
                {"connectorType":"Salesforce","operators":21}
                {"connectorType":"Singular","operators":14}
                {"connectorType":"Slack","operators":19}
                """#)
        ],
        resultType: { _ in .number }
    ) { arguments, call throws(RuntimeError) in
        switch arguments[0] {
        case .null: return .number(0)
        case .string(let s): return .number(Double(s.count))
        case .list(let l): return .number(Double(l.count))
        case .record(let r): return .number(Double(r.count))
        default: throw call.argumentError(0, expected: "a string, list or record", got: arguments[0])
        }
    }
}
