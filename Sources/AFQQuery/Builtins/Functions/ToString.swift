/// `string(x)`: any value as the text a table shows it (docs/language.md, "Output"): timestamps
/// in ISO 8601, durations readable (`1d 12h`), lists comma-separated; null stays null.
enum ToString {
    static let definition = FunctionDefinition(
        name: "string", arity: 1...1, signature: "string(x)",
        summary: "x as the text a table shows (lists joined by \", \", durations as 1d 12h); null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Zendesk\" | get string(supportedWriteOperations) + \" (\" + string(len(supportedWriteOperations)) + \")\"",
                #""INSERT, UPDATE, UPSERT (3)""#)
        ],
        resultType: { _ in .string }
    ) { arguments, _ throws(RuntimeError) in
        arguments[0].isNull ? .null : .string(arguments[0].cellText)
    }
}
