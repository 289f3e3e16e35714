/// `get EXPR`: each row is replaced by the value of EXPR, seen later as `$it` (docs/language.md,
/// "Stages").
struct GetStage: StageDefinition, Equatable {
    let expression: Expression

    static let signature = StageSignature(
        name: "get", syntax: "get EXPR", summary: "replace each row by the value of EXPR (later stages see it as $it)",
        argument: .expressions,
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Salesforce\" | get connectorMetadata.Salesforce.dataTransferApis",
                #"""
                ["AUTOMATIC","BULKV2","REST_SYNC"]
                """#)
        ])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> GetStage {
        GetStage(expression: try parser.parseExpression())
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        state.rowType = try checker.type(of: expression, in: &state)
        state.rowsAreOriginal = false
    }

    var runsRowByRow: Bool { true }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(expression, context.expressions, next: next)
    }

    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        .mapping { row throws(RuntimeError) in try expressions.evaluate(expression, row) }
    }

    var unsharedCopy: GetStage { GetStage(expression: expression.unsharedCopy) }

    final class Sink: RowSink {
        let expression: CompiledExpression
        /// The expression when it is a field path, read in place.
        let path: LentFieldPath?
        let next: RowSink

        init(_ expression: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.expression = evaluator.compile(expression)
            self.path = evaluator.lentFieldPath(expression)
            self.next = next
        }

        override var strategy: String? { path == nil ? "compiled" : "lent" }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            let next = self.next
            if let path,
                let more = try path.withValue(
                    in: row,
                    { value, row throws(RuntimeError) in
                        try next.push(lent: &value, sourceOf: row)
                    })
            {
                return more
            }
            return try next.push(try expression(row), sourceOf: row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
