import AFQQuery

/// The `table` format, for people (docs/language.md, "Output").
///
/// - An empty result is the line `(no rows)`.
/// - A result of plain values (after `count` or `get`) prints one value per line, as cell text,
///   never truncated.
/// - Records print as a grid (`GridLayout`), one of them as well as many, so that narrowing a
///   query to one row does not change its layout; plain values among them (say, after a `get`
///   whose values are sometimes records) fill a `value` column, and nulls are empty rows.
///   On a terminal, when the columns cannot fit legibly even truncated, the rows print
///   vertically instead (`ExpandedLayout`), each under a `-[ RECORD n ]---` rule when there are
///   several.
/// - The `line` format prints records vertically always (`renderVertically`).
struct TableRenderer {
    let options: RenderOptions

    private var style: ANSIStyle { ANSIStyle(isEnabled: options.color) }

    func render(_ values: [Value]) -> String {
        guard !values.isEmpty else { return style.dim("(no rows)") + "\n" }
        guard values.contains(where: { $0.recordValue != nil }) else { return plainLines(values) }
        let table = Tabulation(values)
        if let grid = GridLayout(table, width: options.terminalWidth, style: style, wholeColumns: options.wholeColumns)
        {
            return grid.render()
        }
        let expanded = ExpandedLayout(width: options.terminalWidth, style: style)
        if values.count == 1, case .record(let record) = values[0] {
            return expanded.render(record)
        }
        return expanded.render(values.map(Self.recordForm))
    }

    /// The `line` format: records vertically whatever the width, each under its `-[ RECORD n ]`
    /// rule when there are several; a result of plain values prints one per line, as in `table`.
    func renderVertically(_ values: [Value]) -> String {
        guard !values.isEmpty else { return style.dim("(no rows)") + "\n" }
        guard values.contains(where: { $0.recordValue != nil }) else { return plainLines(values) }
        let expanded = ExpandedLayout(width: options.terminalWidth, style: style)
        if values.count == 1, case .record(let record) = values[0] {
            return expanded.render(record)
        }
        return expanded.render(values.map(Self.recordForm))
    }

    private func plainLines(_ values: [Value]) -> String {
        values.map { TerminalText.visible(CellText.text($0)) + "\n" }.joined()
    }

    /// A row as a record: itself, or a plain value under the `value` column.
    private static func recordForm(_ value: Value) -> Record {
        if case .record(let record) = value { return record }
        return [Tabulation.valueColumn: value]
    }
}
