import AFQQuery

/// The `csv` and `tsv` formats: a header row of the columns, then one line per row
/// (docs/language.md, "Output").
///
/// Columns come from `Tabulation` (union of keys; plain values under `value`). Cells read as the
/// table shows them (`CellText`), for spreadsheets and Unix tools rather than for programs: null is
/// empty, booleans `true`/`false`, numbers per `Value.numberText`, timestamps ISO 8601, strings as
/// they are, lists joined by `, ` (`INSERT, UPSERT`), records as `{key: value, …}`. JSON and JSON
/// Lines are the lossless formats. Lines end with `\n`. An empty result writes nothing, not even a
/// header, unless the statement's columns are known.
struct DelimitedText {
    enum Dialect {
        /// RFC 4180: a field is quoted when it holds `,` `"` or a control character (CR, LF, tab,
        /// NUL, any of U+0000 to U+001F and U+007F: written as they are, so quoted for readers
        /// that stop or split at them), starts or ends with a space, or is an empty string (so
        /// `""` is an empty string and an empty field is null, as PostgreSQL's CSV does); quotes
        /// inside are doubled.
        case csv
        /// PostgreSQL's text format, which `cut -f`, `awk -F'\t'` and `sort -t` read: never
        /// quoted; a backslash, tab, line feed and carriage return inside a field are written
        /// `\\`, `\t`, `\n` and `\r`, so a line is a row and a tab a separator; other control
        /// characters are written as they are. Null and an empty string are both an empty field.
        case tsv
    }

    let dialect: Dialect

    /// An empty result writes only the header when the statement's columns are known
    /// (`emptyColumns`, e.g. from `select`), as csvkit and DuckDB do; else nothing.
    func render(_ values: [Value], emptyColumns: [String] = []) -> String {
        guard !values.isEmpty else {
            return emptyColumns.isEmpty ? "" : line(emptyColumns.map { field($0, isString: true) })
        }
        let table = Tabulation(values)
        var out = line(table.columns.map { field($0, isString: true) })
        for row in table.rows {
            out += line(row.map(cell))
        }
        return out
    }

    private func line(_ fields: [String]) -> String {
        fields.joined(separator: dialect == .csv ? "," : "\t") + "\n"
    }

    private func cell(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return field(text, isString: true)
        // Seconds, so a spreadsheet can sum and compare them (docs/language.md, "Time").
        case .duration(let span): return field(Value.numberText(span.seconds), isString: false)
        default: return field(CellText.text(value), isString: false)
        }
    }

    private func field(_ text: String, isString: Bool) -> String {
        switch dialect {
        case .csv:
            return Self.needsQuotes(text, isString: isString) ? "\"" + doublingQuotes(text) + "\"" : text
        case .tsv:
            return Self.escapedForTSV(text)
        }
    }

    /// One pass over the UTF-8 bytes: everything that calls for quotes is ASCII.
    private static func needsQuotes(_ text: String, isString: Bool) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return isString }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }
    }

    private func doublingQuotes(_ text: String) -> String {
        guard text.unicodeScalars.contains("\"") else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The text with `\\`, `\t`, `\n` and `\r` escaped; unchanged (and not copied) when it
    /// holds none of them.
    static func escapedForTSV(_ text: String) -> String {
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard text.utf8.contains(where: special) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
