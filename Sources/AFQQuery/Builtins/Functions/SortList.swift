/// `sort(list)`: a list's elements in the order of `sort by` (docs/language.md, "Stages"):
/// stable, nulls last, types in their fixed order.
enum SortList {
    static let definition = FunctionDefinition(
        name: "sort", arity: 1...1, signature: "sort(list)",
        summary: "the elements in the order of `sort by` (nulls last); null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Salesforce\" | get sort(supportedWriteOperations)",
                #"["DELETE","INSERT","UPDATE","UPSERT"]"#)
        ],
        resultType: { types in types.first ?? .any }
    ) { arguments, call throws(RuntimeError) in
        guard let elements = try ListArgument.elements(arguments, call) else { return .null }
        // Merge sort in the standard library is stable, as `sort by` is.
        return .list(elements.sorted { Value.sortOrder($0, $1) < 0 })
    }
}
