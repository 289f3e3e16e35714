import Testing

@testable import AFQQuery

/// `let $NAME = PIPELINE` as the lexer and parser read it (docs/language.md, "Let").
@Suite struct LetParsingTests {
    func parse(_ text: String) throws -> Program {
        try Query.parse(SourceFile(name: "query", text: text))
    }

    @Test func parsesTheNameAndThePipeline() throws {
        let program = try parse("let $targets = connectors | get supportedDestinationConnectors; connectors")
        #expect(program.statements.count == 2)
        guard case .letBinding(let binding) = program.statements[0] else {
            Issue.record("not a let: \(program.statements[0])")
            return
        }
        #expect(binding.name.text == "targets")
        #expect(binding.pipeline.source.text == "connectors")
        #expect(binding.pipeline.stages.count == 1)
        #expect(binding.range == SourceRange(0, 62))
    }

    @Test func aPipelineMayStartOnTheLineAfterTheEquals() throws {
        let program = try parse("let $t =\n  connectors\n  | count")
        #expect(program.statements.count == 1)
        guard case .letBinding(let binding) = program.statements[0] else {
            Issue.record("not a let")
            return
        }
        #expect(binding.pipeline.stages.count == 1)
    }

    @Test func aLoneEqualsElsewhereStaysTheCompareHint() {
        #expect(throws: LexError.unexpectedCharacter("=", SourceRange(33, 34))) {
            try parse("connectors | where connectorType = \"S3\"")
        }
        #expect(throws: LexError.unexpectedCharacter("=", SourceRange(6, 7))) { try parse("let a = connectors") }
        #expect(throws: LexError.unexpectedCharacter("=", SourceRange(26, 27))) {
            try parse("connectors | where let $a = 1")
        }
    }

    @Test func aLetNeedsANameAndAnEquals() {
        #expect(throws: ParseError.self) { try parse("let $t connectors") }
        #expect(throws: ParseError.self) { try parse("let $t = count") }
    }
}
