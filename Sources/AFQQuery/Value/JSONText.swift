/// JSON text of afq values, for the `json` and `jsonl` formats and for anything else that needs
/// JSON (CSV cells, the shell's `--param-json` echo).
///
/// Keys keep record order; timestamps are ISO 8601 strings and numbers follow `Value.numberText`
/// (afq-language §8). Strings escape `"`, `\` and control characters (`\n`, `\r`, `\t`, `\b`, `\f`
/// by their short escapes, the rest as `\u00XX`, as jq does); `/` and non-ASCII text are written
/// as they are, in UTF-8. A number that is not finite has no JSON spelling and is written `null`.
public enum JSONText {
    /// The value on one line without spaces: `{"a":1,"b":[true,null]}`.
    public static func compact(_ value: Value) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out
    }

    /// `compact(value)` appended to `out`, which saves a string per value when many are written.
    public static func appendCompact(_ value: Value, to out: inout String) {
        writeCompact(value, into: &out)
    }

    /// The value indented by two spaces per level, with `"key": value`; empty lists and records
    /// print as `[]` and `{}`. No trailing newline.
    public static func pretty(_ value: Value) -> String {
        var out = ""
        writePretty(value, indent: 0, into: &out)
        return out
    }

    /// A JSON string literal of `text`.
    public static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    private static func writeCompact(_ value: Value, into out: inout String) {
        switch value {
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                writeCompact(item, into: &out)
            }
            out += "]"
        case .record(let record):
            out += "{"
            for (index, (key, item)) in record.fields.enumerated() {
                if index > 0 { out += "," }
                appendQuoted(key, to: &out)
                out += ":"
                writeCompact(item, into: &out)
            }
            out += "}"
        default:
            writeScalar(value, into: &out)
        }
    }

    private static func writePretty(_ value: Value, indent: Int, into out: inout String) {
        switch value {
        case .list(let items) where !items.isEmpty:
            out += "[\n"
            for (index, item) in items.enumerated() {
                if index > 0 { out += ",\n" }
                out += String(repeating: " ", count: indent + 2)
                writePretty(item, indent: indent + 2, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "]"
        case .record(let record) where !record.isEmpty:
            out += "{\n"
            for (index, (key, item)) in record.fields.enumerated() {
                if index > 0 { out += ",\n" }
                out += String(repeating: " ", count: indent + 2)
                appendQuoted(key, to: &out)
                out += ": "
                writePretty(item, indent: indent + 2, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeScalar(_ value: Value, into out: inout String) {
        switch value {
        case .null:
            out += "null"
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .number(let number):
            out += number.isFinite ? Value.numberText(number) : "null"
        case .string(let text):
            appendQuoted(text, to: &out)
        case .timestamp(let instant):
            appendQuoted(instant.iso8601, to: &out)
        case .list, .record:
            writeCompact(value, into: &out)
        }
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        // Most text needs no escape: appended whole, not scalar by scalar (issue 5: rendering
        // large results).
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
        }
        if plain == true {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + HexText.digits(scalar.value, count: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
