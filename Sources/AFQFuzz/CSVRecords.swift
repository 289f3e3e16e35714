/// A reader of RFC 4180 text, as spreadsheets read afq's csv: records of fields, quoted fields
/// with doubled quotes and line breaks inside. Nil for text no such reader would accept.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        for character in text.unicodeScalars {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    field.unicodeScalars.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") } else if !field.isEmpty { return nil }
                quoted = true
                afterQuote = false
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                afterQuote = false
            default:
                if afterQuote { return nil }
                field.unicodeScalars.append(character)
            }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { return nil }
        return records
    }
}
