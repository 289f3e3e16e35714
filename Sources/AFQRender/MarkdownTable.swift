import AFQQuery

/// The `markdown` format: a GitHub-flavoured table (docs/language.md, "Output").
///
/// Columns come from `Tabulation`; cell text is the `table` format's (`CellText`), with `|` written
/// `\|`, line breaks `<br>` and other control characters as visible escapes. A column whose
/// non-null cells are all numbers is right-aligned (`---:`). Cells are not padded: the table is
/// meant to be rendered, not read raw. An empty result writes its header when the statement's
/// columns are known (`emptyColumns`), else nothing.
enum MarkdownTable {
    static func render(_ values: [Value], emptyColumns: [String] = []) -> String {
        guard !values.isEmpty else {
            guard !emptyColumns.isEmpty else { return "" }
            return row(emptyColumns.map(escaped)) + row(emptyColumns.map { _ in "---" })
        }
        let table = Tabulation(values)
        var out = row(table.columns.map(escaped))
        out += row(table.numericColumns.map { $0 ? "---:" : "---" })
        for cells in table.rows {
            out += row(cells.map { escaped(CellText.text($0)) })
        }
        return out
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\r": out += "<br>"
            case "\n": if previous != "\r" { out += "<br>" }
            default: out.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return TerminalText.visible(out)
    }
}
