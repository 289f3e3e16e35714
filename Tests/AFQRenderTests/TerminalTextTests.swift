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

    /// Widths with each column's minimum the smaller of its natural width and 6.
    func fitted(_ natural: [Int], _ available: Int?) -> [Int]? {
        GridLayout.fittedWidths(natural: natural, minimum: natural.map { min($0, 6) }, available: available)
    }

    @Test func capsWidestColumnsFirst() {
        #expect(fitted([10, 80, 7], 60) == [10, 39, 7])
        #expect(fitted([2, 40, 40], 40) == [2, 17, 17])
        #expect(fitted([2, 40, 41], 41) == [2, 18, 17])
        #expect(fitted([10, 80], nil) == [10, 80])
        #expect(fitted([10, 10, 10], 20) == nil)
    }

    /// A column never goes below its minimum (a whole header, an uncut timestamp); the others
    /// share what is left.
    @Test func keepsEachColumnAtLeastItsMinimum() {
        #expect(GridLayout.fittedWidths(natural: [20, 80, 30], minimum: [20, 6, 12], available: 60) == [20, 18, 18])
        #expect(GridLayout.fittedWidths(natural: [20, 80, 30], minimum: [20, 6, 30], available: 55) == nil)
    }
}
