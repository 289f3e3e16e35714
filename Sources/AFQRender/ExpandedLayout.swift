import AFQQuery

/// Records printed vertically, as psql's expanded mode does (docs/language.md, "Output"): one
/// `key  value` line per field, keys padded to the longest key of their record and followed by two
/// spaces.
///
/// - A non-empty nested record: its key alone on a line, its fields indented by two spaces under it.
/// - A list of scalars: inline, comma-separated (`INSERT, UPSERT`), when it fits the terminal (always,
///   off a terminal); otherwise, and for lists holding lists or records, its key alone and then
///   one `- ` item per element indented by two; a record element's first field shares the `- ` line,
///   a list of scalars inside a list prints bracketed (`- [a, b]`), a null element `- null`.
/// - Null: the key alone. Empty list and record: `[]` and `{}`. A record with no fields: `{}`.
/// - On a terminal, a value is cut with `…` to the width left after its key, but never to fewer
///   than `GridLayout.minimumColumnWidth` columns (a long key may then make the line wrap);
///   numbers, booleans and timestamps are never cut, as in the grid.
/// - Several records: each under a `-[ RECORD n ]---` rule, top-level keys padded alike across
///   all of them.
struct ExpandedLayout {
    let width: Int?
    let style: ANSIStyle

    func render(_ record: Record) -> String {
        guard !record.isEmpty else { return "{}\n" }
        var lines: [String] = []
        append(record, indent: 0, keyWidth: 0, to: &lines)
        return lines.map { $0 + "\n" }.joined()
    }

    func render(_ records: [Record]) -> String {
        let keyWidth = records.flatMap(\.keys).map { TerminalText.width(TerminalText.visible($0)) }.max() ?? 0
        var blocks: [[String]] = []
        for record in records {
            var lines: [String] = []
            if record.isEmpty {
                lines.append("{}")
            } else {
                append(record, indent: 0, keyWidth: keyWidth, to: &lines)
            }
            blocks.append(lines)
        }
        let widest = blocks.joined().map(TerminalText.width).max() ?? 0
        var out = ""
        for (index, lines) in blocks.enumerated() {
            let title = "-[ RECORD \(index + 1) ]"
            let ruleWidth = min(width ?? widest, widest)
            let rule = title + String(repeating: "-", count: max(1, ruleWidth - TerminalText.width(title)))
            out += style.dim(rule) + "\n"
            out += lines.map { $0 + "\n" }.joined()
        }
        return out
    }

    /// Appends a non-empty record's lines at `indent`, keys padded to at least `keyWidth`.
    private func append(_ record: Record, indent: Int, keyWidth: Int, to lines: inout [String]) {
        let keys = record.keys.map(TerminalText.visible)
        let keyWidth = keys.map(TerminalText.width).reduce(keyWidth, max)
        let valueColumn = indent + keyWidth + GridLayout.columnGap
        let prefix = TerminalText.spaces(indent)
        for (key, value) in zip(keys, record.values) {
            let keyText = style.bold(key)
            switch value {
            case .record(let nested) where !nested.isEmpty:
                lines.append(prefix + keyText)
                append(nested, indent: indent + 2, keyWidth: 0, to: &lines)
            case .list(let items) where !fitsInline(items, at: valueColumn):
                lines.append(prefix + keyText)
                appendItems(items, indent: indent + 2, to: &lines)
            default:
                let text = cellText(value, at: valueColumn)
                if text.isEmpty {
                    lines.append(prefix + keyText)
                } else {
                    let padding = TerminalText.spaces(keyWidth - TerminalText.width(key) + GridLayout.columnGap)
                    lines.append(prefix + keyText + padding + text)
                }
            }
        }
    }

    /// Appends one `- ` line (or block) per element at `indent`.
    private func appendItems(_ items: [Value], indent: Int, to lines: inout [String]) {
        let prefix = TerminalText.spaces(indent)
        for item in items {
            var block: [String] = []
            switch item {
            case .record(let nested) where !nested.isEmpty:
                append(nested, indent: indent + 2, keyWidth: 0, to: &block)
            case .list(let nested) where !nested.isEmpty:
                if fitsInline(nested, at: indent + 2, nested: true) {
                    block.append(prefix + "  " + cellText(item, at: indent + 2, nested: true))
                } else {
                    appendItems(nested, indent: indent + 2, to: &block)
                }
            default:
                block.append(prefix + "  " + cellText(item, at: indent + 2, nested: true))
            }
            if let first = block.first, first.hasPrefix(prefix + "  ") {
                block[0] = prefix + "- " + first.dropFirst(indent + 2)
            }
            lines += block
        }
    }

    /// Whether a list prints on one line from `column`: it holds only scalars and, on a terminal,
    /// fits (bracketed when `nested` in another list).
    private func fitsInline(_ items: [Value], at column: Int, nested: Bool = false) -> Bool {
        guard items.allSatisfy(CellText.isScalar) else { return false }
        guard let width else { return true }
        let raw = nested ? CellText.nested(.list(items)) : CellText.text(.list(items))
        return column + TerminalText.width(TerminalText.visible(raw)) <= width
    }

    /// The value's cell text, cut to the terminal width left from `column`; `nested` for a list
    /// element, which spells null `null` and keeps a list's brackets.
    private func cellText(_ value: Value, at column: Int, nested: Bool = false) -> String {
        let raw = nested ? CellText.nested(value) : CellText.text(value)
        let text = TerminalText.visible(raw)
        guard let width, !CellText.isUncuttable(value) else { return text }
        return TerminalText.truncated(text, to: max(width - column, GridLayout.minimumColumnWidth))
    }
}
