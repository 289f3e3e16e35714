/// `count`: a single number, how many rows reached it (docs/language.md, "Stages").
struct CountStage: StageDefinition, Equatable {
    static let signature = StageSignature(
        name: "count", syntax: "count", summary: "a single number: how many rows reached it", argument: .none,
        examples: [HelpExample("connectors | where connectorType == \"CustomConnector\" | count", #"7"#)])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> CountStage { CountStage() }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        state.rowType = .number
        state.rowsAreOriginal = false
    }

    var runsRowByRow: Bool { false }

    /// Each batch is counted where it was read.
    func partOnWorkers() -> BatchEnding? { .count }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink { Sink(next: next) }

    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        var count = 0
        return ReferenceStep(
            push: { _, _ in
                count += 1
                return true
            },
            finish: { emit throws(RuntimeError) in _ = try emit(Row(.number(Double(count)))) })
    }

    var unsharedCopy: CountStage { self }

    final class Sink: RowSink {
        private var n = 0
        let next: RowSink

        init(next: RowSink) {
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            n += 1
            return true
        }

        /// Rows counted on a worker thread.
        override func merge(_ part: BatchPart) {
            guard case .count(let rows) = part else { return super.merge(part) }
            n += rows
        }

        override func finish() throws(RuntimeError) {
            _ = try next.push(Row(.number(Double(n))))
            try next.finish()
        }
    }
}
