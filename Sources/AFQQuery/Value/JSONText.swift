/// JSON text of afq values, for the `json` and `jsonl` formats and for anything else that needs
/// JSON (CSV cells, the shell's `--param-json` echo).
///
/// Keys keep record order; timestamps are ISO 8601 strings and numbers follow `Value.numberText`
/// (docs/language.md, "Output"). Strings escape `"`, `\` and control characters (`\n`, `\r`, `\t`,
/// `\b`, `\f` by their short escapes, the rest as `\u00XX`, as jq does); `/` and non-ASCII text are
/// written as they are, in UTF-8. A number that is not finite has no JSON spelling and is written
/// `null`.
///
/// The text is written as UTF-8 bytes (`UTF8Buffer`) and made a `String` once: appending to a
/// `String` piece by piece took much of a large `jsonl` query's time over loaded rows (measured:
/// docs/performance.md, "Results"). Escaping works on bytes, which is exact for UTF-8: every byte
/// of a multi-byte character is 0x80 or above.
public enum JSONText {
    /// The value on one line without spaces: `{"a":1,"b":[true,null]}`.
    public static func compact(_ value: Value) -> String {
        var out = UTF8Buffer()
        writeCompact(value, into: &out)
        return out.string
    }

    /// Each value as `compact(value)` followed by a newline: JSON Lines.
    public static func lines(_ values: [Value]) -> String {
        var out = UTF8Buffer()
        for value in values { appendLine(value, to: &out) }
        return out.string
    }

    /// `compact(value)` and a newline appended to `out` as UTF-8: one line of JSON Lines.
    public static func appendLine(_ value: Value, to out: inout UTF8Buffer) {
        writeCompact(value, into: &out)
        out.append(UInt8(ascii: "\n"))
    }

    /// `appendLine`, copying the text of lists `lists` remembers and remembering the others.
    package static func appendLine(_ value: Value, to out: inout UTF8Buffer, lists: JSONListTexts) {
        writeCompact(value, into: &out, lists: lists)
        out.append(UInt8(ascii: "\n"))
    }

    /// `compact(value)` appended to `out`, with the text of lists as `appendLine(_:to:lists:)`.
    package static func appendCompact(_ value: Value, to out: inout UTF8Buffer, lists: JSONListTexts) {
        writeCompact(value, into: &out, lists: lists)
    }

    /// `"key":`, as a member of a compact record starts.
    package static func appendKey(_ key: String, to out: inout UTF8Buffer) {
        appendQuoted(key, to: &out)
        out.append(UInt8(ascii: ":"))
    }

    /// The value indented by two spaces per level, with `"key": value`; empty lists and records
    /// print as `[]` and `{}`. No trailing newline.
    public static func pretty(_ value: Value) -> String {
        var out = UTF8Buffer()
        writePretty(value, indent: 0, into: &out)
        return out.string
    }

    /// A JSON string literal of `text`.
    public static func quoted(_ text: String) -> String {
        var out = UTF8Buffer()
        appendQuoted(text, to: &out)
        return out.string
    }

    /// Indexes rather than `for … in`: each element taken out would be a copy, retained and
    /// released (measured: docs/performance.md, "What makes afq fast").
    private static func writeCompact(_ value: Value, into out: inout UTF8Buffer, lists: JSONListTexts? = nil) {
        switch value {
        case .list(let items):
            if let lists, !items.isEmpty, lists.appendText(of: items, to: &out) { return }
            let start = out.count
            out.append(UInt8(ascii: "["))
            for index in items.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(items[index], into: &out, lists: lists)
            }
            out.append(UInt8(ascii: "]"))
            if let lists, !items.isEmpty { lists.remember(items, writtenTo: out, from: start) }
        case .record(let record):
            out.append(UInt8(ascii: "{"))
            for index in record.keys.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                appendQuoted(record.keys[index], to: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(record.values[index], into: &out, lists: lists)
            }
            out.append(UInt8(ascii: "}"))
        default:
            writeScalar(value, into: &out)
        }
    }

    private static func writePretty(_ value: Value, indent: Int, into out: inout UTF8Buffer) {
        func newline(_ indent: Int) {
            out.append(UInt8(ascii: "\n"))
            for _ in 0..<indent { out.append(UInt8(ascii: " ")) }
        }
        switch value {
        case .list(let items) where !items.isEmpty:
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 2)
                writePretty(item, indent: indent + 2, into: &out)
            }
            newline(indent)
            out.append(UInt8(ascii: "]"))
        case .record(let record) where !record.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (index, (key, item)) in record.fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 2)
                appendQuoted(key, to: &out)
                out.append(": ")
                writePretty(item, indent: indent + 2, into: &out)
            }
            newline(indent)
            out.append(UInt8(ascii: "}"))
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeScalar(_ value: Value, into out: inout UTF8Buffer) {
        switch value {
        case .null:
            out.append("null")
        case .bool(let flag):
            out.append(flag ? "true" : "false")
        case .number(let number):
            if number.isFinite { out.append(Value.numberText(number)) } else { out.append("null") }
        case .string(let text):
            appendQuoted(text, to: &out)
        case .timestamp(let instant):
            appendQuoted(instant.iso8601, to: &out)
        case .duration(let span):
            // Seconds, a number every JSON reader takes (docs/language.md, "Time").
            out.append(Value.numberText(span.seconds))
        case .list, .record:
            writeCompact(value, into: &out)
        }
    }

    private static func appendQuoted(_ text: String, to out: inout UTF8Buffer) {
        out.append(UInt8(ascii: "\""))
        // Native and small strings always have contiguous UTF-8; the copy is for bridged text.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Runs of bytes that need no escape are appended whole, found eight bytes at a time.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout UTF8Buffer) {
        var start = 0
        while true {
            let index = JSONByteScan.firstEscape(in: bytes, from: start)
            out.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            guard index < bytes.count else { return }
            start = index + 1
            switch bytes[index] {
            case UInt8(ascii: "\""): out.append(#"\""#)
            case UInt8(ascii: "\\"): out.append(#"\\"#)
            case UInt8(ascii: "\n"): out.append(#"\n"#)
            case UInt8(ascii: "\r"): out.append(#"\r"#)
            case UInt8(ascii: "\t"): out.append(#"\t"#)
            case 0x08: out.append(#"\b"#)
            case 0x0C: out.append(#"\f"#)
            default: out.append("\\u" + HexText.digits(UInt32(bytes[index]), count: 4))
            }
        }
    }
}
