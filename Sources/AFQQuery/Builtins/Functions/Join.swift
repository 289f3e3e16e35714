/// `join(list, sep)`: the list's elements as text, separated by `sep`; null for a null list.
enum Join {
    static let definition = FunctionDefinition(
        name: "join", arity: 2...2, signature: "join(list, sep)",
        summary: "the elements as text joined by sep (null elements skipped); null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Zendesk\" | get join(supportedWriteOperations, \"/\")",
                #""INSERT/UPDATE/UPSERT""#)
        ],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        guard case .string(let separator) = arguments[1] else {
            throw call.argumentError(1, expected: "a string separator", got: arguments[1])
        }
        switch arguments[0] {
        case .null: return .null
        case .list(let elements):
            return .string(elements.compactMap(\.plainText).joined(separator: separator))
        default: throw call.argumentError(0, expected: "a list", got: arguments[0])
        }
    }
}
