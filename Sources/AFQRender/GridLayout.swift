import AFQQuery

/// Several rows as aligned columns: a header of column names, a rule of `─`, then the rows;
/// columns separated by two spaces, no trailing whitespace (docs/language.md, "Output").
///
/// Columns whose non-null cells are all numbers are right-aligned, header included. Given a
/// terminal width, the widest columns shrink first, their cells cut with `…`, but a grid is only
/// drawn while it stays legible (docs/language.md, "Output"): every header whole, no column below
/// `minimumColumnWidth` (or its natural width, if narrower), and numbers, booleans and timestamps
/// never cut (`2023-…` or `12…` would mislead). When that is not enough there is no grid, and the
/// caller prints the rows vertically.
struct GridLayout {
    /// Narrower than this, a truncated cell is no longer legible.
    static let minimumColumnWidth = 6
    static let columnGap = 2
    static let ruleCharacter = "─"

    private let headers: [String]
    private let cells: [[String]]
    private let widths: [Int]
    private let rightAligned: [Bool]
    private let style: ANSIStyle

    /// Nil when the columns cannot fit `width` legibly.
    init?(_ table: Tabulation, width: Int?, style: ANSIStyle, wholeColumns: Set<String> = []) {
        let headers = table.columns.map(TerminalText.visible)
        let cells = table.rows.map { row in row.map { TerminalText.visible(CellText.text($0)) } }
        let natural = headers.indices.map { column in
            cells.reduce(TerminalText.width(headers[column])) { widest, row in
                max(widest, TerminalText.width(row[column]))
            }
        }
        let uncut = table.uncuttableColumns
        let minimum = headers.indices.map { column in
            uncut[column] || wholeColumns.contains(table.columns[column])
                ? natural[column]
                : min(natural[column], max(TerminalText.width(headers[column]), Self.minimumColumnWidth))
        }
        guard let widths = Self.fittedWidths(natural: natural, minimum: minimum, available: width) else {
            return nil
        }
        self.headers = zip(headers, widths).map { TerminalText.truncated($0, to: $1) }
        self.cells = cells.map { row in zip(row, widths).map { TerminalText.truncated($0, to: $1) } }
        self.widths = widths
        self.rightAligned = table.numericColumns
        self.style = style
    }

    func render() -> String {
        var out = line(headers, styled: headers.map(style.bold)) + "\n"
        out +=
            style.dim(
                widths.map { String(repeating: Self.ruleCharacter, count: $0) }.joined(
                    separator: TerminalText.spaces(Self.columnGap))) + "\n"
        for row in cells {
            out += line(row, styled: row) + "\n"
        }
        return out
    }

    /// One line of cells padded to the column widths, measured on `plain` and printed from
    /// `styled`; padding that would end the line is left out.
    private func line(_ plain: [String], styled: [String]) -> String {
        var out = ""
        var pendingSpaces = 0
        for column in plain.indices {
            if column > 0 { pendingSpaces += Self.columnGap }
            let fill = widths[column] - TerminalText.width(plain[column])
            if rightAligned[column] { pendingSpaces += fill }
            if !plain[column].isEmpty {
                out += TerminalText.spaces(pendingSpaces) + styled[column]
                pendingSpaces = 0
            }
            if !rightAligned[column] { pendingSpaces += fill }
        }
        return out
    }

    /// The natural widths when they fit (or there is no terminal); else each column capped at the
    /// largest common limit that fits, but never below its `minimum`, spare columns handed out left
    /// to right; nil when even the minimum widths do not fit.
    static func fittedWidths(natural: [Int], minimum: [Int], available: Int?) -> [Int]? {
        guard let available, !natural.isEmpty else { return natural }
        let budget = available - columnGap * (natural.count - 1)
        if natural.reduce(0, +) <= budget { return natural }
        func widths(cappedAt cap: Int) -> [Int] {
            natural.indices.map { max(minimum[$0], min(natural[$0], cap)) }
        }
        func total(cappedAt cap: Int) -> Int { widths(cappedAt: cap).reduce(0, +) }
        var fits = 0
        guard total(cappedAt: fits) <= budget else { return nil }
        var tooWide = natural.max() ?? fits
        while tooWide - fits > 1 {
            let middle = (fits + tooWide) / 2
            if total(cappedAt: middle) <= budget { fits = middle } else { tooWide = middle }
        }
        var fitted = widths(cappedAt: fits)
        var spare = budget - fitted.reduce(0, +)
        for column in fitted.indices where spare > 0 && natural[column] > fitted[column] {
            fitted[column] += 1
            spare -= 1
        }
        return fitted
    }
}
