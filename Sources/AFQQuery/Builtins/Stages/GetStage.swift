/// `get EXPR`: each row is replaced by the value of EXPR, seen later as `$it` (docs/language.md,
/// "Stages").
package struct GetStage: StageDefinition, Equatable {
    package let expression: Expression

    package init(expression: Expression) {
        self.expression = expression
    }

    package static let signature = StageSignature(
        name: "get", syntax: "get EXPR", summary: "replace each row by the value of EXPR (later stages see it as $it)",
        argument: .expressions,
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Salesforce\" | get connectorMetadata.Salesforce.dataTransferApis",
                #"""
                ["AUTOMATIC","BULKV2","REST_SYNC"]
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> GetStage {
        GetStage(expression: try parser.parseExpression())
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        state.rowType = try checker.type(of: expression, in: &state)
        state.rowsAreOriginal = false
    }

    package var runsRowByRow: Bool { true }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        .mapping { row throws(RuntimeError) in try expressions.evaluate(expression, row) }
    }
}
