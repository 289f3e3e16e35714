/// `count`: a single number, how many rows reached it (docs/language.md, "Stages").
package struct CountStage: StageDefinition, Equatable {
    package static let signature = StageSignature(
        name: "count", syntax: "count", summary: "a single number: how many rows reached it", argument: .none,
        examples: [HelpExample("connectors | where connectorType == \"CustomConnector\" | count", #"7"#)])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> CountStage { CountStage() }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        state.rowType = .number
        state.rowsAreOriginal = false
    }

    package var runsRowByRow: Bool { false }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        var count = 0
        return ReferenceStep(
            push: { _, _ in
                count += 1
                return true
            },
            finish: { emit throws(RuntimeError) in _ = try emit(Row(.number(Double(count)))) })
    }
}
