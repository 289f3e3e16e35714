import AFQTestSupport
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

    /// The condition of `connectors | get EXPRESSION`.
    func expression(_ text: String) throws -> Expression {
        let program = try parse("connectors | get " + text)
        return try #require((program.statements.first?.asPipeline?.stages.first?.definition as? GetStage)?.expression)
    }

    /// A chain of more than `Parser.leftDeepLimit` operators is one flat node, which stands for the
    /// left-deep tree a shorter chain is built as: the same nodes with the same ranges.
    @Test(arguments: [" + 1", " - x", " * 2", " % 3", ".a", "[0]", "[i + 1]"])
    func longChainsAreFlatNodesForTheLeftDeepTree(operation: String) throws {
        let limit = Parser.leftDeepLimit
        let short = try expression("x" + String(repeating: operation, count: limit))
        if case .chain = short { Issue.record("a chain of \(limit) operators is left-deep") }
        let long = try expression("x" + String(repeating: operation, count: limit + 1))
        guard case .chain(let first, let links, let range) = long else {
            Issue.record("a chain of \(limit + 1) operators is flat")
            return
        }
        #expect(range == long.range && links.count == limit + 1)
        var tree = first
        for link in links { tree = link.applied(to: tree) }
        #expect(tree == links[links.count - 1].applied(to: short))
    }

    @Test func aChainOfAHundredThousandOperatorsParsesAsOneLevel() throws {
        let sum = try expression("1" + String(repeating: " + 1", count: 100_000))
        guard case .chain(_, let links, let range) = sum else {
            Issue.record("not a flat chain")
            return
        }
        #expect(links.count == 100_000 && range == SourceRange(17, 17 + 1 + 4 * 100_000))
        #expect(try expression("$it" + String(repeating: ".a", count: 100_000)).fieldPath == nil)
        #expect(try expression("a" + String(repeating: ".a", count: 100_000)).fieldPath?.count == 100_001)
    }

    @Test func aPipelineMayHaveAHundredThousandStages() throws {
        let program = try parse("connectors" + String(repeating: " | where true", count: 100_000) + " | count")
        #expect(program.statements.first?.asPipeline?.stages.count == 100_001)
    }
}
