/// `to FORMAT`: the last stage only, naming the format its result prints in (docs/language.md,
/// "Output"). The rows pass through unchanged; the formats belong to the renderer, which the
/// checker is told of (`CheckContext.outputFormats`).
package struct ToStage: StageDefinition, Equatable {
    package let format: Name

    package init(format: Name) {
        self.format = format
    }

    package static let signature = StageSignature(
        name: "to", syntax: "to FORMAT", summary: "last stage only: print this result as FORMAT", argument: .format,
        endsPipeline: true,
        examples: [
            HelpExample(
                "connectors | where connectorType == \"S3\" | select connectorType, canUseAsSource | to json",
                #"""
                [
                  {
                    "connectorType": "S3",
                    "canUseAsSource": true
                  }
                ]
                """#),
            HelpExample(
                "connectors | expand supportedWriteOperations | group by supportedWriteOperations "
                    + "| sort by count desc, supportedWriteOperations | to chart",
                """
                supportedWriteOperations  count
                ────────────────────────  ─────  ────────────────────────────────────────
                INSERT                        8  ████████████████████████████████████████
                UPDATE                        4  ████████████████████
                UPSERT                        4  ████████████████████
                DELETE                        1  █████
                """),
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> ToStage {
        let token = parser.current
        guard case .identifier(let format) = token.kind else {
            throw parser.unexpected("an output format such as `json` or `csv`")
        }
        parser.advance()
        return ToStage(format: Name(format, token.range))
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        let formats = checker.context.outputFormats
        guard formats.isEmpty || formats.contains(format.text) else {
            throw .unknownFormat(
                format.text, suggestion: Suggestions.didYouMean(format.text, in: formats), known: formats, format.range)
        }
        state.outputFormat = format.text
    }

    package var runsRowByRow: Bool { true }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        ReferenceStep { row, emit throws(RuntimeError) in try emit(row) }
    }
}
