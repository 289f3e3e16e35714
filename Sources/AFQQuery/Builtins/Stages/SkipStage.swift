/// `skip N`: drops the first N rows (docs/language.md, "Stages").
package struct SkipStage: StageDefinition, Equatable {
    package let count: Expression

    package init(count: Expression) {
        self.count = count
    }

    package static let signature = StageSignature(
        name: "skip", syntax: "skip N", summary: "drop the first N rows", argument: .count,
        examples: [
            HelpExample(
                "connectors | skip 20 | limit 2 | get connectorType",
                #"""
                "CustomerProfiles"
                "SAPOData"
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> SkipStage {
        SkipStage(count: try parser.parseExpression())
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        try RowCountArgument.check(count, stage: "skip", checker, &state)
    }

    package var runsRowByRow: Bool { false }

    package func referenceStep(_ expressions: ReferenceExpressions) throws(RuntimeError) -> ReferenceStep {
        var remaining = try RowCountArgument.value(of: count, stage: "skip", expressions)
        return ReferenceStep { row, emit throws(RuntimeError) in
            guard remaining == 0 else {
                remaining -= 1
                return true
            }
            return try emit(row)
        }
    }
}
