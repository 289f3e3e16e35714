/// `any(list, condition)`: whether the condition holds for some element, read as `$x`
/// (docs/language.md, "Functions"); the evaluators run it (`ListQuantifier`).
enum AnyElement {
    static let definition = FunctionDefinition(
        name: "any", arity: 2...2, signature: "any(list, test)",
        summary: "whether test holds for some element, which test reads as $x; false for an empty or null list",
        examples: [
            HelpExample(
                "connectors | where any(supportedOperators, $x like \"*BETWEEN*\") | count", "16")
        ],
        resultType: { _ in .boolean }, quantifier: .any
    ) { _, _ throws(RuntimeError) in
        .null
    }
}
