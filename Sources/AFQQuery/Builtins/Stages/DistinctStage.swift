/// `distinct`: drops rows deeply equal to an earlier row, keeping first occurrences in order
/// (docs/language.md, "Stages").
package struct DistinctStage: StageDefinition, Equatable {
    package static let signature = StageSignature(
        name: "distinct", syntax: "distinct", summary: "drop rows equal to an earlier row", argument: .none,
        examples: [
            HelpExample(
                "connectors | get connectorOwner | distinct",
                #"""
                "AWS"
                "Example Partner Inc."
                "Acme Data Platform"
                "AWS Samples"
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> DistinctStage { DistinctStage() }

    /// Whole rows are compared: every key of the source counts.
    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        if state.rowsAreOriginal { state.demandsEverything = true }
    }

    package var runsRowByRow: Bool { false }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        var seen: [Value] = []
        return ReferenceStep { row, emit throws(RuntimeError) in
            guard !seen.contains(where: { GroupingKey($0) == GroupingKey(row.value) }) else { return true }
            seen.append(row.value)
            return try emit(row)
        }
    }
}
