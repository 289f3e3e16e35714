import AFQQuery

/// The `chart` format: the `table` grid with the last numeric column also drawn as a horizontal
/// bar at the right of each row, so a `group by` reads at a glance (docs/language.md, "Output").
///
/// Bars are block characters in eighths of a cell (`█`, then one of `▏▎▍▌▋▊▉`), scaled so the
/// column's largest value fills the bar column: on a terminal the bar column takes the width the
/// other columns leave (at least `minimumBarLength`), elsewhere it is `fixedBarLength` cells, so
/// a file or a pipe gets the same chart on any terminal. They need no colour and print none.
/// A null, zero or negative value has no bar; a positive one always has at least `▏`. A result
/// with no numeric column, or whose columns cannot fit, prints as `table` does.
struct ChartRenderer {
    static let minimumBarLength = 8
    static let fixedBarLength = 40
    /// `eighths[n]` is a bar end n/8 of a cell long.
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let fullBlock = "█"

    let options: RenderOptions

    func render(_ values: [Value]) -> String {
        let table = TableRenderer(options: options)
        guard !values.isEmpty, values.contains(where: { $0.recordValue != nil || $0.numberValue != nil }) else {
            return table.render(values)
        }
        let tabulation = Tabulation(values)
        guard let charted = tabulation.numericColumns.lastIndex(of: true) else { return table.render(values) }
        let numbers = tabulation.rows.map { $0[charted].numberValue ?? 0 }
        let largest = numbers.max() ?? 0
        let length = barLength(for: tabulation)
        let bars = numbers.map { Value.string(Self.bar($0, of: largest, length: length)) }
        let style = ANSIStyle(isEnabled: options.color)
        guard
            let grid = GridLayout(
                tabulation.appending(column: "", cells: bars), width: options.terminalWidth, style: style)
        else {
            return table.render(values)
        }
        return grid.render()
    }

    /// The cells the longest bar takes: what a terminal's width leaves beside the other columns,
    /// else `fixedBarLength`.
    private func barLength(for tabulation: Tabulation) -> Int {
        guard let width = options.terminalWidth else { return Self.fixedBarLength }
        let natural = tabulation.columns.indices.map { column in
            tabulation.rows.reduce(TerminalText.width(TerminalText.visible(tabulation.columns[column]))) {
                max($0, TerminalText.width(TerminalText.visible(CellText.text($1[column]))))
            }
        }
        let taken = natural.reduce(0, +) + GridLayout.columnGap * natural.count
        return max(Self.minimumBarLength, width - taken)
    }

    /// `value`'s bar when `largest` fills `length` cells.
    static func bar(_ value: Double, of largest: Double, length: Int) -> String {
        guard value > 0, largest > 0, value.isFinite, largest.isFinite else { return "" }
        let eighthsLong = max(1, Int((min(value / largest, 1) * Double(length * 8)).rounded()))
        return String(repeating: fullBlock, count: eighthsLong / 8) + eighths[eighthsLong % 8]
    }
}
