/// `replace(s, from, to)`: every occurrence of a text replaced, matched by code points, left to
/// right without overlaps; not a regular expression (docs/language.md, "Functions").
enum Replace {
    static let definition = FunctionDefinition(
        name: "replace", arity: 3...3, signature: "replace(s, from, to)",
        summary: "s with every occurrence of from replaced by to (plain text, not a pattern); null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"SAPOData\" | get replace(connectorName, \" \", \"_\")",
                #""SAP_OData""#)
        ],
        resultType: { _ in .string }
    ) { arguments, call throws(RuntimeError) in
        let target = try StringArgument.required(arguments, 1, call)
        let replacement = try StringArgument.required(arguments, 2, call)
        guard !target.isEmpty else {
            throw call.argumentError(1, expected: "a non-empty string to replace", got: arguments[1])
        }
        guard let text = try StringArgument.subject(arguments, call) else { return .null }
        return .string(replacing(target, with: replacement, in: text))
    }

    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let pattern = Array(target.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == pattern[0], i + pattern.count <= scalars.count,
                scalars[i..<i + pattern.count].elementsEqual(pattern)
            {
                result.append(contentsOf: replacement.unicodeScalars)
                i += pattern.count
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return String(result)
    }
}
