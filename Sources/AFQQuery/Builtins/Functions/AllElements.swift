/// `all(list, condition)`: whether the condition holds for every element, read as `$x`
/// (docs/language.md, "Functions"); the evaluators run it (`ListQuantifier`).
enum AllElements {
    static let definition = FunctionDefinition(
        name: "all", arity: 2...2, signature: "all(list, test)",
        summary: "whether test holds for every element, which test reads as $x; true for an empty or null list",
        examples: [
            HelpExample(
                "connectors | where supportedWriteOperations and all(supportedWriteOperations, $x != \"DELETE\") | count",
                "7")
        ],
        resultType: { _ in .boolean }, quantifier: .all
    ) { _, _ throws(RuntimeError) in
        .null
    }
}
