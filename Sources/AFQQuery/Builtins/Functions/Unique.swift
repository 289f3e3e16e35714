/// `unique(list)`: a list without repeated elements, first occurrences kept in order, equal as
/// `distinct` finds rows equal (docs/language.md, "Values": every NaN is one).
enum Unique {
    static let definition = FunctionDefinition(
        name: "unique", arity: 1...1, signature: "unique(list)",
        summary: "the elements without repeats, in order of first appearance; null stays null",
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Salesforce\" | get unique(supportedTriggerTypes + [\"Event\", \"OnDemand\"])",
                #"["OnDemand","Scheduled","Event"]"#)
        ],
        resultType: { types in types.first ?? .any }
    ) { arguments, call throws(RuntimeError) in
        guard let elements = try ListArgument.elements(arguments, call) else { return .null }
        var seen = Set<GroupingKey>()
        var kept: [Value] = []
        for element in elements where seen.insert(GroupingKey(element)).inserted { kept.append(element) }
        return .list(kept)
    }
}
