/// `reject PATH, ...`: drops those columns or nested keys from each row (docs/language.md,
/// "Stages").
struct RejectStage: StageDefinition, Equatable {
    let paths: [Expression]

    static let signature = StageSignature(
        name: "reject", syntax: "reject PATH, ...", summary: "drop those columns or nested keys from each row",
        argument: .expressions,
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Slack\" | select connectorType, connectorMetadata | reject connectorMetadata.Slack",
                #"""
                {"connectorType":"Slack","connectorMetadata":{}}
                """#)
        ])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> RejectStage {
        RejectStage(paths: try parser.parseList { try $0.parseExpression() })
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        for path in paths {
            guard let steps = path.fieldPath else { throw .notAPath(stage: "reject", path.range) }
            _ = try checker.type(of: path, in: &state)
            state.rowType = state.rowType.removing(steps)
        }
    }

    var runsRowByRow: Bool { true }

    /// The checker has made sure that every path is a field path.
    private var fieldPaths: [[String]] { paths.compactMap(\.fieldPath) }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(fieldPaths, next: next)
    }

    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        let paths = fieldPaths
        return .mapping { row in paths.reduce(row.value) { value, path in value.removing(path[...]) } }
    }

    var unsharedCopy: RejectStage { RejectStage(paths: paths.map(\.unsharedCopy)) }

    final class Sink: RowSink {
        let paths: [[String]]
        let next: RowSink

        init(_ paths: [[String]], next: RowSink) {
            self.paths = paths
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            var value = row.value
            for path in paths { value = value.removing(path[...]) }
            return try next.push(value, sourceOf: row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
