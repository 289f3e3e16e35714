import AFQQuery

/// A result laid out as columns, for the formats with a header row (`table`, `csv`, `tsv`,
/// `markdown`).
///
/// The columns are the union of the records' keys in order of first appearance. A plain value (not
/// a record) contributes the column `value` at that point and fills it; a record with its own
/// `value` key shares that column. A null among records adds no column: its row is empty. A result
/// with no keys at all (only nulls and empty records) gets the single column `value`, so every
/// non-empty result has at least one column.
struct Tabulation {
    static let valueColumn = "value"

    let columns: [String]
    /// One cell per column for each row; null where the row lacks the column.
    let rows: [[Value]]

    init(_ values: [Value]) {
        var columns: [String] = []
        var seen: Set<String> = []
        func see(_ key: String) {
            if seen.insert(key).inserted { columns.append(key) }
        }
        for value in values {
            if case .record(let record) = value {
                record.keys.forEach(see)
            } else if !value.isNull {
                see(Tabulation.valueColumn)
            }
        }
        let keylessRecordsAsValues = columns.isEmpty && !values.isEmpty
        if keylessRecordsAsValues { columns = [Tabulation.valueColumn] }
        let positions = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.columns = columns
        self.rows = values.map { value in
            var cells = [Value](repeating: .null, count: columns.count)
            if case .record(let record) = value, !keylessRecordsAsValues {
                for (key, item) in record.fields {
                    if let position = positions[key] { cells[position] = item }
                }
            } else if let position = positions[Tabulation.valueColumn] {
                cells[position] = value
            }
            return cells
        }
    }

    /// Columns and rows already laid out (`appending(column:cells:)`).
    init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Whether each column's non-null cells are all numbers (and it has some), so that it is
    /// right-aligned.
    var numericColumns: [Bool] {
        columns.indices.map { column in
            var sawNumber = false
            for row in rows {
                switch row[column] {
                case .null: continue
                case .number, .duration: sawNumber = true
                default: return false
                }
            }
            return sawNumber
        }
    }

    /// Whether each column's non-null cells are all numbers, booleans or timestamps, which a table
    /// never cuts: a cut one reads as another value.
    var uncuttableColumns: [Bool] {
        columns.indices.map { column in
            rows.allSatisfy { CellText.isUncuttable($0[column]) }
        }
    }
}
