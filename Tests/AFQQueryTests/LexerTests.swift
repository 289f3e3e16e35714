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

    /// A surrogate pair as two escapes is one scalar, as JSON data writes it.
    @Test func readsASurrogatePairAsOneCharacter() throws {
        #expect(try kinds(#""\ud83d\ude00""#) == [.string("😀"), .end])
        #expect(try kinds(#""a\uD834\uDD1Eb""#) == [.string("a\u{1D11E}b"), .end])
    }

    @Test(arguments: [
        (#""\ud83d""#, 1, 7), (#""\ud83dx""#, 1, 7), (#""\ud83d\u0041""#, 1, 7), (#""x\ude00""#, 2, 8),
        (#""\ud83d\ud83d""#, 1, 7),
    ])
    func rejectsHalfASurrogatePairWithItsPosition(text: String, start: Int, end: Int) {
        var lexer = Lexer(text)
        #expect(throws: LexError.self) { try lexer.tokenize() }
        do {
            var again = Lexer(text)
            _ = try again.tokenize()
        } catch {
            guard case .unpairedSurrogate(_, let range) = error else {
                Issue.record("expected an unpaired surrogate, got \(error)")
                return
            }
            #expect(range == SourceRange(start, end))
        }
    }

    @Test func rejectsANumberTooLargeForADouble() {
        var lexer = Lexer("get 1e400")
        #expect(throws: LexError.numberOutOfRange("1e400", SourceRange(4, 9))) { try lexer.tokenize() }
    }

    /// A bad number quotes at most 40 characters of itself, and says how long it was.
    @Test func cutsAHugeNumberInItsMessage() {
        let text = "1" + String(repeating: "2", count: 100_000) + "x"
        let diagnostic = LexError.invalidNumber(text, SourceRange(0, text.utf8.count)).diagnostic
        #expect(
            diagnostic.message == "invalid number `1" + String(repeating: "2", count: 39) + "… (100002 characters)`")
    }
}
