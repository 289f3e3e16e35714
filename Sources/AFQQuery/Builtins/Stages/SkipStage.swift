/// `skip N`: drops the first N rows (docs/language.md, "Stages").
struct SkipStage: StageDefinition, Equatable {
    let count: Expression

    static let signature = StageSignature(
        name: "skip", syntax: "skip N", summary: "drop the first N rows", argument: .count,
        examples: [
            HelpExample(
                "connectors | skip 20 | limit 2 | get connectorType",
                #"""
                "CustomerProfiles"
                "SAPOData"
                """#)
        ])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> SkipStage {
        SkipStage(count: try parser.parseExpression())
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        try RowCountArgument.check(count, stage: "skip", checker, &state)
    }

    var runsRowByRow: Bool { false }

    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink {
        Sink(try RowCountArgument.value(of: count, stage: "skip", context.constants), next: next)
    }

    func referenceStep(_ expressions: ReferenceExpressions) throws(RuntimeError) -> ReferenceStep {
        var remaining = try RowCountArgument.value(of: count, stage: "skip", expressions)
        return ReferenceStep { row, emit throws(RuntimeError) in
            guard remaining == 0 else {
                remaining -= 1
                return true
            }
            return try emit(row)
        }
    }

    var unsharedCopy: SkipStage { SkipStage(count: count.unsharedCopy) }

    final class Sink: RowSink {
        private var remaining: Int
        let next: RowSink

        init(_ n: Int, next: RowSink) {
            self.remaining = n
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            if remaining > 0 {
                remaining -= 1
                return true
            }
            return try next.push(row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
