/// `where EXPR`: keeps the rows for which EXPR is truthy (docs/language.md, "Stages").
package struct WhereStage: StageDefinition, Equatable {
    package let condition: Expression

    package init(condition: Expression) {
        self.condition = condition
    }

    package static let signature = StageSignature(
        name: "where", syntax: "where EXPR", summary: "keep the rows for which EXPR is truthy", argument: .expressions,
        examples: [
            HelpExample(
                "connectors | where canUseAsDestination and supportedWriteOperations contains \"UPSERT\" | get connectorName",
                #"""
                "Salesforce"
                "Zendesk"
                "PostgreSQL via Lambda"
                "Google Sheets"
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> WhereStage {
        WhereStage(condition: try parser.parseExpression())
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        _ = try checker.type(of: condition, in: &state)
    }

    package var runsRowByRow: Bool { true }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        ReferenceStep { row, emit throws(RuntimeError) in
            try expressions.evaluate(condition, row).isTruthy ? try emit(row) : true
        }
    }
}
