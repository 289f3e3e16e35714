/// `split(s, sep)`: the pieces of a string between separators; null stays null.
enum Split {
    static let definition = FunctionDefinition(
        name: "split", arity: 2...2, signature: "split(s, sep)",
        summary: "the pieces of s between occurrences of sep; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorArn is not null | get split(connectorArn, \":\")[4] | distinct",
                #"""
                "123456789012"
                "210987654321"
                """#)
        ],
        resultType: { _ in .list(.string) }
    ) { arguments, call throws(RuntimeError) in
        guard case .string(let separator) = arguments[1], !separator.isEmpty else {
            throw call.argumentError(1, expected: "a non-empty string separator", got: arguments[1])
        }
        switch arguments[0] {
        case .null: return .null
        case .string(let s):
            return .list(s.split(separator: separator, omittingEmptySubsequences: false).map { .string(String($0)) })
        default: throw call.argumentError(0, expected: "a string", got: arguments[0])
        }
    }
}
