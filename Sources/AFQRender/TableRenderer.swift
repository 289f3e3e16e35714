import AFQQuery

/// The `table` format, for people (docs/language.md, "Output").
///
/// - An empty result is the line `(no rows)`.
/// - A result of plain values (after `count` or `get`) prints one value per line, as cell text,
///   never truncated.
/// - A result of exactly one record prints vertically (`ExpandedLayout`).
/// - Otherwise the records print as a grid (`GridLayout`); plain values among them (say, after a
///   `get` whose values are sometimes records) fill a `value` column, and nulls are empty rows.
///   On a terminal, when the columns cannot fit legibly even truncated, every row prints
///   vertically instead, each under a `-[ RECORD n ]---` rule.
struct TableRenderer {
    let options: RenderOptions

    private var style: ANSIStyle { ANSIStyle(isEnabled: options.color) }

    func render(_ values: [Value]) -> String {
        guard !values.isEmpty else { return style.dim("(no rows)") + "\n" }
        let expanded = ExpandedLayout(width: options.terminalWidth, style: style)
        if values.count == 1, case .record(let record) = values[0] {
            return expanded.render(record)
        }
        guard values.contains(where: { $0.recordValue != nil }) else {
            return values.map { TerminalText.visible(CellText.text($0)) + "\n" }.joined()
        }
        let table = Tabulation(values)
        if let grid = GridLayout(table, width: options.terminalWidth, style: style) {
            return grid.render()
        }
        return expanded.render(values.map(Self.recordForm))
    }

    /// A row as a record: itself, or a plain value under the `value` column.
    private static func recordForm(_ value: Value) -> Record {
        if case .record(let record) = value { return record }
        return [Tabulation.valueColumn: value]
    }
}
