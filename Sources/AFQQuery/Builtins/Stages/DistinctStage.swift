/// `distinct`: drops rows deeply equal to an earlier row, keeping first occurrences in order
/// (docs/language.md, "Stages").
struct DistinctStage: StageDefinition, Equatable {
    static let signature = StageSignature(
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

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> DistinctStage { DistinctStage() }

    /// Whole rows are compared: every key of the source counts.
    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        if state.rowsAreOriginal { state.demandsEverything = true }
    }

    var runsRowByRow: Bool { false }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink { Sink(next: next) }

    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        var seen: [Value] = []
        return ReferenceStep { row, emit throws(RuntimeError) in
            guard !seen.contains(where: { GroupingKey($0) == GroupingKey(row.value) }) else { return true }
            seen.append(row.value)
            return try emit(row)
        }
    }

    var unsharedCopy: DistinctStage { self }

    final class Sink: RowSink {
        private var seen: Set<GroupingKey> = []
        let next: RowSink

        init(next: RowSink) {
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            guard seen.insert(GroupingKey(row.value)).inserted else { return true }
            return try next.push(row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
