import AFQQuery

/// The `csv` and `tsv` formats: a header row of the columns, then one line per row
/// (docs/language.md, "Output").
///
/// Columns come from `Tabulation` (union of keys; plain values under `value`). Cells: null is
/// empty, booleans `true`/`false`, numbers per `Value.numberText`, timestamps ISO 8601, strings as they
/// are, lists and records as compact JSON. Lines end with `\n`. An empty result writes nothing,
/// not even a header, since it has no columns.
struct DelimitedText {
    enum Dialect {
        /// RFC 4180: a field is quoted when it holds `,` `"` or a control character (CR, LF, tab,
        /// NUL, any of U+0000 to U+001F and U+007F: written as they are, so quoted for readers
        /// that stop or split at them), starts or ends with a space, or is an empty string (so
        /// `""` is an empty string and an empty field is null, as PostgreSQL's CSV does); quotes
        /// inside are doubled.
        case csv
        /// The same RFC 4180 quoting as `csv` (docs/language.md, "Output"), with a tab for the
        /// separator.
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
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Value.numberText(number)
        case .string(let text): return field(text, isString: true)
        case .timestamp(let instant): return instant.iso8601
        // Seconds, so a spreadsheet can sum and compare them (docs/language.md, "Time").
        case .duration(let span): return Value.numberText(span.seconds)
        case .list, .record: return field(JSONText.compact(value), isString: false)
        }
    }

    private func field(_ text: String, isString: Bool) -> String {
        Self.needsQuotes(text, isString: isString, separator: dialect == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t"))
            ? "\"" + doublingQuotes(text) + "\"" : text
    }

    /// One pass over the UTF-8 bytes: everything that calls for quotes is ASCII.
    private static func needsQuotes(_ text: String, isString: Bool, separator: UInt8) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return isString }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == separator || $0 == UInt8(ascii: "\"") }
    }

    private func doublingQuotes(_ text: String) -> String {
        guard text.unicodeScalars.contains("\"") else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
