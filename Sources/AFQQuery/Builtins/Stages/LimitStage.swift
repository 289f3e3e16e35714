/// `limit N`: keeps the first N rows, then asks for no more (docs/language.md, "Stages").
struct LimitStage: StageDefinition, Equatable {
    let count: Expression

    static let signature = StageSignature(
        name: "limit", syntax: "limit N", summary: "keep the first N rows", argument: .count,
        examples: [
            HelpExample(
                "connectors | limit 2 | get connectorType",
                #"""
                "Salesforce"
                "Singular"
                """#)
        ])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> LimitStage {
        LimitStage(count: try parser.parseExpression())
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        try RowCountArgument.check(count, stage: "limit", checker, &state)
    }

    var runsRowByRow: Bool { false }

    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink {
        Sink(try RowCountArgument.value(of: count, stage: "limit", context.constants), next: next)
    }

    func referenceStep(_ expressions: ReferenceExpressions) throws(RuntimeError) -> ReferenceStep {
        var remaining = try RowCountArgument.value(of: count, stage: "limit", expressions)
        return ReferenceStep { row, emit throws(RuntimeError) in
            guard remaining > 0 else { return false }
            remaining -= 1
            return try emit(row) && remaining > 0
        }
    }

    var unsharedCopy: LimitStage { LimitStage(count: count.unsharedCopy) }

    final class Sink: RowSink {
        private var remaining: Int
        let next: RowSink

        init(_ n: Int, next: RowSink) {
            self.remaining = n
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            guard remaining > 0 else { return false }
            remaining -= 1
            return try next.push(row) && remaining > 0
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
