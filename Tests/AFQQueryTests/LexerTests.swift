import AFQQuery
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [Token.Kind] {
        var lexer = Lexer(text)
        return try lexer.tokenize().map(\.kind)
    }

    @Test func tokenizesAPipeline() throws {
        #expect(
            try kinds("connectors | where x == 'a'") == [
                .identifier("connectors"), .symbol(.pipe), .identifier("where"), .identifier("x"), .symbol(.equal),
                .string("a"), .end,
            ])
    }

    @Test func readsNumbersAndEscapes() throws {
        #expect(try kinds("1.5 1e3 12") == [.number(1.5), .number(1000), .number(12), .end])
        #expect(try kinds(#""a\"b\n\u00e9""#) == [.string("a\"b\né"), .end])
    }

    @Test func keepsNewlinesOnlyBetweenStatements() throws {
        let text = "connectors\n| where a,\n  b\n\nconnectors ( \n 1 )"
        let newlines = try kinds(text).filter { $0 == .newline }.count
        #expect(newlines == 1)
    }

    @Test func skipsComments() throws {
        #expect(try kinds("connectors # all of them\n") == [.identifier("connectors"), .end])
    }

    @Test func takesADotCommandLineWhole() throws {
        #expect(
            try kinds(".open \"a b.json\"\nconnectors") == [
                .dotCommand(".open \"a b.json\""), .newline, .identifier("connectors"), .end,
            ])
    }

    @Test func quotedIdentifiersAreNeverKeywords() throws {
        #expect(try kinds("`in` `odd key`") == [.quotedIdentifier("in"), .quotedIdentifier("odd key"), .end])
    }

    @Test func rejectsUnterminatedString() {
        var lexer = Lexer("connectors | where a == \"x")
        #expect(throws: LexError.unterminatedString(SourceRange(24, 26))) { try lexer.tokenize() }
    }

    @Test func rejectsSingleEquals() {
        var lexer = Lexer("a = 1")
        #expect(throws: LexError.unexpectedCharacter("=", SourceRange(2, 3))) { try lexer.tokenize() }
    }
}
