/// `limit N`: keeps the first N rows, then asks for no more (docs/language.md, "Stages").
package struct LimitStage: StageDefinition, Equatable {
    package let count: Expression

    package init(count: Expression) {
        self.count = count
    }

    package static let signature = StageSignature(
        name: "limit", syntax: "limit N", summary: "keep the first N rows", argument: .count,
        examples: [
            HelpExample(
                "connectors | limit 2 | get connectorType",
                #"""
                "Salesforce"
                "Singular"
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> LimitStage {
        LimitStage(count: try parser.parseExpression())
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        try RowCountArgument.check(count, stage: "limit", checker, &state)
    }

    package var runsRowByRow: Bool { false }

    package func referenceStep(_ expressions: ReferenceExpressions) throws(RuntimeError) -> ReferenceStep {
        var remaining = try RowCountArgument.value(of: count, stage: "limit", expressions)
        return ReferenceStep { row, emit throws(RuntimeError) in
            guard remaining > 0 else { return false }
            remaining -= 1
            return try emit(row) && remaining > 0
        }
    }
}
