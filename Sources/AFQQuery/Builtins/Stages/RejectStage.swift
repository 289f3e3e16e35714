/// `reject PATH, ...`: drops those columns or nested keys from each row (docs/language.md,
/// "Stages").
package struct RejectStage: StageDefinition, Equatable {
    package let paths: [Expression]

    package init(paths: [Expression]) {
        self.paths = paths
    }

    package static let signature = StageSignature(
        name: "reject", syntax: "reject PATH, ...", summary: "drop those columns or nested keys from each row",
        argument: .expressions,
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Slack\" | select connectorType, connectorMetadata | reject connectorMetadata.Slack",
                #"""
                {"connectorType":"Slack","connectorMetadata":{}}
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> RejectStage {
        RejectStage(paths: try parser.parseList { try $0.parseExpression() })
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        for path in paths {
            guard let steps = path.fieldPath else { throw .notAPath(stage: "reject", path.range) }
            _ = try checker.type(of: path, in: &state)
            state.rowType = state.rowType.removing(steps)
        }
    }

    package var runsRowByRow: Bool { true }

    /// The checker has made sure that every path is a field path.
    package var fieldPaths: [[String]] { paths.compactMap(\.fieldPath) }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        let paths = fieldPaths
        return .mapping { row in paths.reduce(row.value) { value, path in value.removing(path[...]) } }
    }
}
