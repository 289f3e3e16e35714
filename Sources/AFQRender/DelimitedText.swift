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
        /// RFC 4180: a field is quoted when it holds `,` `"` CR or LF, starts or ends with a space
        /// or tab, or is an empty string (so `""` is an empty string and an empty field is null, as
        /// PostgreSQL's CSV does); quotes inside are doubled.
        case csv
        /// The same RFC 4180 quoting as `csv` (docs/language.md, "Output"), with a tab for the
        /// separator: a field holding a tab, `"`, CR or LF is quoted.
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
        case .list, .record: return field(JSONText.compact(value), isString: false)
        }
    }

    private func field(_ text: String, isString: Bool) -> String {
        Self.needsQuotes(text, isString: isString, separator: dialect == .csv ? "," : "\t")
            ? "\"" + doublingQuotes(text) + "\"" : text
    }

    private static func needsQuotes(_ text: String, isString: Bool, separator: Unicode.Scalar) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return isString }
        if first == " " || first == "\t" || last == " " || last == "\t" { return true }
        return scalars.contains { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
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
