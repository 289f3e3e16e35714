import Testing

@testable import AFQQuery

@Suite struct ParserTests {
    func parse(_ text: String) throws -> Program {
        try Query.parse(SourceFile(name: "query", text: text))
    }

    @Test func splitsStatementsOnSemicolonsAndNewlines() throws {
        #expect(try parse("connectors | count; connectors\nconnectors | limit 1").statements.count == 3)
    }

    @Test func continuesALineStartingWithAPipe() throws {
        let program = try parse("connectors\n\n  | where canUseAsSource\n  | count")
        guard case .pipeline(let p) = program.statements.first else { Issue.record("no pipeline"); return }
        #expect(p.stages.count == 2)
        #expect(program.statements.count == 1)
    }

    @Test func namesColumnsByTheirSourceText() throws {
        let program = try parse("connectors | select authenticationConfig.isOAuth2Supported,  len( x )  as n")
        guard case .pipeline(let p) = program.statements[0],
            let items = (p.stages[0].definition as? SelectStage)?.items,
            case .column(let first) = items[0], case .column(let second) = items[1]
        else { Issue.record("unexpected shape"); return }
        #expect(first.columnName == "authenticationConfig.isOAuth2Supported")
        #expect(second.columnName == "n")
    }

    @Test func bindsAndTighterThanOr() throws {
        let program = try parse("connectors | where a or b and c")
        guard case .pipeline(let p) = program.statements[0], let e = (p.stages[0].definition as? WhereStage)?.condition,
            case .binary(.or, _, .binary(.and, _, _, _), _) = e
        else { Issue.record("and must bind tighter than or"); return }
    }

    @Test func rejectsUnknownStageWithSuggestion() {
        #expect(throws: ParseError.unknownStage("wher", suggestion: "where", SourceRange(13, 17))) {
            try parse("connectors | wher x")
        }
    }

    @Test func rejectsStagesAfterTo() {
        #expect(throws: ParseError.self) { try parse("connectors | to json | count") }
    }

    @Test func parsesDotCommandArguments() throws {
        let program = try parse(".param name 'two words'")
        #expect(
            program.statements == [
                .dotCommand(DotCommand(name: "param", arguments: ["name", "two words"], range: SourceRange(0, 23)))
            ])
    }

    @Test func reservedWordsNeedBackticks() {
        #expect(throws: ParseError.reservedWord("in", SourceRange(19, 21))) { try parse("connectors | where in == 1") }
    }
}
