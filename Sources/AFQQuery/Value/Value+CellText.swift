/// The text of a value in a cell for people: the `table` format, `markdown` cells and `string(x)`
/// (docs/language.md, "Output").
///
/// At the top of a cell: null is empty, lists are their elements joined by `, ` (`INSERT, UPSERT`),
/// records are compact (`{key: value, …}`), an empty list is `[]` and an empty record `{}` (so they
/// differ from null). Inside a list or record, strings stay unquoted (an empty one reads `""`), null
/// reads `null`, and nested lists keep their brackets (`[a, b]`) so the structure stays visible.
/// The text is raw: control characters are the caller's concern.
extension Value {
    public var cellText: String {
        switch self {
        case .null:
            return ""
        case .string(let text):
            return text
        case .list(let items):
            return items.isEmpty ? "[]" : items.map(\.nestedCellText).joined(separator: ", ")
        default:
            return nestedCellText
        }
    }

    /// The text of a value inside a list or record.
    public var nestedCellText: String {
        switch self {
        case .null:
            return "null"
        case .bool(let flag):
            return flag ? "true" : "false"
        case .number(let number):
            return Value.numberText(number)
        case .string(let text):
            return text.isEmpty ? "\"\"" : text
        case .timestamp(let instant):
            return instant.iso8601
        case .duration(let span):
            return span.readable
        case .list(let items):
            return "[" + items.map(\.nestedCellText).joined(separator: ", ") + "]"
        case .record(let record):
            return "{" + record.fields.map { key, item in key + ": " + item.nestedCellText }.joined(separator: ", ")
                + "}"
        }
    }
}
