import Testing

@testable import AFQRender

@Suite struct TerminalTextTests {
    @Test func measuresWideCharactersAsTwoColumns() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("日本") == 4)
        #expect(TerminalText.width("é") == 1)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("🚀") == 2)
        #expect(TerminalText.width("\u{1B}[1mab\u{1B}[0m") == 2)
    }

    @Test func truncatesWithEllipsisWithinLimit() {
        #expect(TerminalText.truncated("abcdefgh", to: 8) == "abcdefgh")
        #expect(TerminalText.truncated("abcdefgh", to: 6) == "abcde…")
        #expect(TerminalText.truncated("日本語テキスト", to: 6) == "日本…")
        #expect(TerminalText.truncated("日本語テキスト", to: 7) == "日本語…")
    }

    @Test func capsWidestColumnsFirst() {
        #expect(GridLayout.fittedWidths(natural: [10, 80, 7], available: 60) == [10, 39, 7])
        #expect(GridLayout.fittedWidths(natural: [2, 40, 40], available: 40) == [2, 17, 17])
        #expect(GridLayout.fittedWidths(natural: [2, 40, 41], available: 41) == [2, 18, 17])
        #expect(GridLayout.fittedWidths(natural: [10, 80], available: nil) == [10, 80])
        #expect(GridLayout.fittedWidths(natural: [10, 10, 10], available: 20) == nil)
    }
}
