/// `substring(s, start[, length])`: characters of a string from a 0-based position, as `len`
/// counts them and `list[0]` indexes; a negative start counts from the end (docs/language.md,
/// "Functions").
enum SubstringOf {
    static let definition = FunctionDefinition(
        name: "substring", arity: 2...3, signature: "substring(s, i[, n])",
        summary:
            "n characters of s from i (0-based; a negative i counts from the end), or all the rest; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"CustomerProfiles\" | get substring(connectorName, 15, 8)",
                #""Customer""#)
        ],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        let start = try StringArgument.wholeNumber(arguments, 1, call)
        let length =
            arguments.count > 2
            ? try StringArgument.wholeNumber(
                arguments, 2, call, expected: "a whole number of characters, 0 or more") : nil
        if let length, length < 0 {
            throw call.argumentError(2, expected: "a whole number of characters, 0 or more", got: arguments[2])
        }
        guard let text = try StringArgument.subject(arguments, call) else { return .null }
        let characters = Array(text)
        let from = min(characters.count, max(0, start < 0 ? characters.count + start : start))
        let to = length.map { min(characters.count, from + $0) } ?? characters.count
        return .string(String(characters[from..<to]))
    }
}
