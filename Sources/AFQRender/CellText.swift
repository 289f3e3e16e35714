import AFQQuery

/// The text of a value in a cell for people: the `table` format, and `markdown` cells
/// (docs/language.md, "Output").
///
/// At the top of a cell: null is empty, lists are their elements joined by `, ` (`INSERT, UPSERT`),
/// records are compact (`{key: value, …}`), an empty list is `[]` and an empty record `{}` (so they
/// differ from null). Inside a list or record, strings stay unquoted (an empty one reads `""`), null
/// reads `null`, and nested lists keep their brackets (`[a, b]`) so the structure stays visible.
/// The text is raw: control characters are the caller's concern (`TerminalText.visible`).
enum CellText {
    static func text(_ value: Value) -> String {
        switch value {
        case .null:
            return ""
        case .string(let text):
            return text
        case .list(let items):
            return items.isEmpty ? "[]" : items.map(nested).joined(separator: ", ")
        default:
            return nested(value)
        }
    }

    /// The text of a value inside a list or record.
    static func nested(_ value: Value) -> String {
        switch value {
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
        case .list(let items):
            return "[" + items.map(nested).joined(separator: ", ") + "]"
        case .record(let record):
            return "{" + record.fields.map { key, item in key + ": " + nested(item) }.joined(separator: ", ") + "}"
        }
    }

    /// Whether a value prints on one line in expanded layouts: anything but a non-empty list or record.
    static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .list(let items): return items.isEmpty
        case .record(let record): return record.isEmpty
        default: return true
        }
    }

    /// Whether a value's text must be shown whole: a cut number, boolean or timestamp reads as
    /// another value.
    static func isUncuttable(_ value: Value) -> Bool {
        switch value {
        case .null, .number, .bool, .timestamp: return true
        default: return false
        }
    }

    static func isNumber(_ value: Value) -> Bool {
        if case .number = value { return true }
        return false
    }
}
