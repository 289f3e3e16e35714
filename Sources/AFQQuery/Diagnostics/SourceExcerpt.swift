/// One line of a query or of data as a caret diagnostic shows it (docs/language.md, "Errors"): a
/// window of at most `limit` characters around the column when the line is longer, control
/// characters escaped as `VisibleText` writes them, and the caret's indent and width measured in
/// that shown text, so the caret stays under the character it points at.
public struct SourceExcerpt: Sendable, Equatable {
    /// The line as shown, `…` marking text left out at either end.
    public var text: String
    /// What goes before the caret: a space per shown column, a tab under a tab.
    public var indent: String
    /// How many carets: the shown width of the characters the range covers, at least one.
    public var width: Int

    /// Lines longer than this many characters are shown as a window around the column.
    public static let limit = 120

    /// `column` is 1-based, in characters of `line`; `length` is how many characters the caret
    /// covers (a range running past the line is cut at its end). `windowed: false` for a line
    /// already cut to a window (`TextLocation` cuts without decoding a whole long line).
    public init(line: String, column: Int, length: Int = 1, windowed: Bool = true) {
        let characters = Array(line)
        let start = min(max(0, column - 1), characters.count)
        var shownStart = 0
        var shownEnd = characters.count
        if windowed, characters.count > SourceExcerpt.limit {
            let half = SourceExcerpt.limit / 2
            shownStart = max(0, start - half)
            shownEnd = min(characters.count, shownStart + SourceExcerpt.limit)
        }
        let prefix = shownStart > 0 ? "…" : ""
        var text = prefix
        var indent = String(repeating: " ", count: prefix.count)
        var width = 0
        let end = min(max(start + length, start + 1), shownEnd)
        for i in shownStart..<shownEnd {
            let shown = SourceExcerpt.shown(characters[i])
            text += shown
            if i < start {
                indent += shown == "\t" ? "\t" : String(repeating: " ", count: shown.count)
            } else if i < end {
                width += shown.count
            }
        }
        if shownEnd < characters.count { text += "…" }
        self.text = text
        self.indent = indent
        self.width = max(1, width)
    }

    /// A character as the excerpt shows it: tabs kept, other controls escaped.
    private static func shown(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: VisibleText.isControl) else { return String(character) }
        return VisibleText.visible(String(character), keepingTabs: true)
    }
}
