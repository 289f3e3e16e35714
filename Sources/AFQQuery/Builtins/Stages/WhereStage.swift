/// `where EXPR`: keeps the rows for which EXPR is truthy (docs/language.md, "Stages").
struct WhereStage: StageDefinition, Equatable {
    let condition: Expression

    static let signature = StageSignature(
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

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> WhereStage {
        WhereStage(condition: try parser.parseExpression())
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        _ = try checker.type(of: condition, in: &state)
    }

    var runsRowByRow: Bool { true }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(condition, context.expressions, next: next)
    }

    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        ReferenceStep { row, emit throws(RuntimeError) in
            try expressions.evaluate(condition, row).isTruthy ? try emit(row) : true
        }
    }

    var unsharedCopy: WhereStage { WhereStage(condition: condition.unsharedCopy) }

    final class Sink: RowSink {
        let condition: CompiledExpression
        /// The condition tested where the row's values are, when it has a shape that allows it;
        /// `condition` decides the rest.
        let inPlace: InPlaceCondition?
        let next: RowSink

        init(_ condition: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.condition = evaluator.compile(condition)
            self.inPlace = evaluator.inPlaceCondition(condition)
            self.next = next
        }

        override var strategy: String? { inPlace == nil ? "compiled" : "in place" }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            if let passes = inPlace?.passes(row) {
                guard passes else { return true }
            } else {
                guard try condition(row).isTruthy else { return true }
            }
            return try next.push(row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
