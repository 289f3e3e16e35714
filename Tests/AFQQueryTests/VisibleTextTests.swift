import AFQQuery
import Testing

/// Messages and excerpts show control characters escaped and long tokens cut, with the caret
/// still under the character it points at (docs/language.md, "Errors").
@Suite struct VisibleTextTests {
    @Test func escapesEveryControlCharacter() {
        for code in Array(0x00...0x1F) + Array(0x7F...0x9F) as [UInt32] {
            let scalar = Unicode.Scalar(code) ?? " "
            let shown = VisibleText.visible("a" + String(scalar) + "b")
            #expect(shown.unicodeScalars.allSatisfy { !VisibleText.isControl($0) }, "U+\(code)")
            #expect(shown.hasPrefix("a\\") && shown.hasSuffix("b"))
        }
        #expect(VisibleText.visible("tab\there") == "tab\\there")
        #expect(VisibleText.visible("tab\there", keepingTabs: true) == "tab\there")
        #expect(VisibleText.visible("日本 é 😀") == "日本 é 😀")
    }

    @Test func cutsLongTokensAndSaysHowLongTheyWere() {
        let digits = String(repeating: "9", count: 5_000_000)
        #expect(VisibleText.token(digits) == String(repeating: "9", count: 40) + "… (5000000 characters)")
        #expect(VisibleText.token("short") == "short")
        #expect(VisibleText.token(String(repeating: "x", count: 40)) == String(repeating: "x", count: 40))
    }

    /// Any message is bounded: long words are cut as tokens, and the whole at `messageLimit`.
    @Test func boundsWholeMessages() {
        let word = String(repeating: "w", count: 300)
        #expect(VisibleText.message("bad `\(word)` here").count < 100)
        let many = Array(repeating: "word", count: 1000).joined(separator: " ")
        let cut = VisibleText.message(many)
        #expect(cut.hasSuffix("… (4999 characters)"))
        #expect(VisibleText.message("unknown field `connectorName`") == "unknown field `connectorName`")
        #expect(Diagnostic("bad \u{0} here", at: nil).message == "bad \\x00 here")
        let name = String(repeating: "n", count: 200)
        #expect(
            VisibleText.message("unknown field `\(name)`, sorry")
                == "unknown field `" + String(repeating: "n", count: 40) + "… (200 characters)`, sorry")
    }

    @Test func excerptPutsTheCaretUnderAnEscapedCharacter() {
        let excerpt = SourceExcerpt(line: "a\u{1}b\tc\u{0}d", column: 6, length: 1)
        #expect(excerpt.text == "a\\x01b\tc\\x00d")
        #expect(excerpt.indent == "      \t ")
        #expect(excerpt.width == 4)
    }

    @Test func excerptShowsAWindowOfALongLine() {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let excerpt = SourceExcerpt(line: line, column: 1001, length: 1)
        #expect(excerpt.text.count == SourceExcerpt.limit + 2)
        #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
        let caret = excerpt.text.index(excerpt.text.startIndex, offsetBy: excerpt.indent.count)
        #expect(excerpt.text[caret] == "X")
    }

    @Test func rendersANulInAQueryWithItsPosition() {
        let source = SourceFile(name: "query", text: "connectors | where \u{0} x")
        let diagnostic = Diagnostic("unexpected character `\u{0}`", at: SourceRange(19, 20), label: "here")
        #expect(
            DiagnosticRenderer().render(diagnostic, in: source) == """
                error: unexpected character `\\x00`
                 --> query:1:20
                  |
                1 | connectors | where \\x00 x
                  |                    ^^^^ here

                """)
    }
}
