import AFQQuery

/// The `yaml` format: the result as a YAML block sequence (docs/language.md, "Output"), written by
/// hand.
///
/// Records are block mappings in key order, lists block sequences indented two spaces under their
/// key (`- ` items of a sequence item share its line: `- - a`, `- key: value`); empty ones are `[]`
/// and `{}`. Null is `null`, timestamps plain ISO 8601, numbers per `Value.numberText` (`.nan`, `.inf`,
/// `-.inf` when not finite). A string, or a key, is written plain unless that could read as
/// something else or break the structure (`isPlainSafe`); then it is double-quoted with escapes.
/// An empty result is `[]`.
enum YAMLEmitter {
    static func render(_ values: [Value]) -> String {
        guard !values.isEmpty else { return "[]\n" }
        var out = ""
        writeSequence(values, indent: 0, continuingLine: false, into: &out)
        return out
    }

    /// Writes a non-empty sequence's items at `indent`; when `continuingLine`, the first item goes
    /// on the current line (after a parent's `- `).
    private static func writeSequence(_ items: [Value], indent: Int, continuingLine: Bool, into out: inout String) {
        for (index, item) in items.enumerated() {
            if index > 0 || !continuingLine { out += TerminalText.spaces(indent) }
            out += "-"
            writeItem(item, indent: indent + 2, into: &out)
        }
    }

    private static func writeMapping(_ record: Record, indent: Int, continuingLine: Bool, into out: inout String) {
        for (index, (key, item)) in record.fields.enumerated() {
            if index > 0 || !continuingLine { out += TerminalText.spaces(indent) }
            out += string(key) + ":"
            switch item {
            case .record(let nested) where !nested.isEmpty:
                out += "\n"
                writeMapping(nested, indent: indent + 2, continuingLine: false, into: &out)
            case .list(let nested) where !nested.isEmpty:
                out += "\n"
                writeSequence(nested, indent: indent + 2, continuingLine: false, into: &out)
            default:
                out += " " + scalar(item) + "\n"
            }
        }
    }

    /// Writes what follows a `-`: a scalar on the same line, or a nested block starting on it.
    private static func writeItem(_ item: Value, indent: Int, into out: inout String) {
        out += " "
        switch item {
        case .record(let nested) where !nested.isEmpty:
            writeMapping(nested, indent: indent, continuingLine: true, into: &out)
        case .list(let nested) where !nested.isEmpty:
            writeSequence(nested, indent: indent, continuingLine: true, into: &out)
        default:
            out += scalar(item) + "\n"
        }
    }

    private static func scalar(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number.isNaN { return ".nan" }
            if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
            return Value.numberText(number)
        case .string(let text): return string(text)
        case .timestamp(let instant): return instant.iso8601
        case .duration(let span): return Value.numberText(span.seconds)
        case .list: return "[]"
        case .record: return "{}"
        }
    }

    static func string(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// Words that YAML 1.1 or 1.2 resolves to null, a boolean, a merge key or a default value when plain.
    private static let reservedWords: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
    ]

    /// Characters that may not start a plain scalar, or start one that looks like a number
    /// (`+1`, `.5`, `.inf`): YAML's indicators plus `+` and `.`.
    private static let unsafeFirst = Set("-?:,[]{}#&*!|>'\"%@`+.".unicodeScalars)

    /// Whether a string reads back as the same string when written plain. Conservative: quoting a
    /// string that did not need it is harmless. Quoted are the empty string; null and boolean words
    /// of YAML 1.1 and 1.2 in any case; strings starting with a digit (numbers, dates, times,
    /// `1:20`), an indicator, `+` or `.`; with leading or trailing space; containing `: ` or ` #`
    /// or ending in `:`; holding a tab, a line break or any other non-printable character.
    static func isPlainSafe(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if unsafeFirst.contains(first) || ("0"..."9").contains(first) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        return !scalars.contains { !isPrintable($0) || $0 == "\t" }
    }

    /// YAML's printable set (c-printable), less the line breaks.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF:
            return true
        default:
            return false
        }
    }

    /// A double-quoted scalar: `"` and `\` escaped, and every character outside the printable set
    /// by its YAML escape (`\n`, `\t`, `\e`, `\N`, `\L`, `\P`, else `\xXX` or `\uXXXX`).
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + HexText.digits(scalar.value, count: 2)
                } else {
                    out += "\\u" + HexText.digits(scalar.value, count: 4)
                }
            }
        }
        return out + "\""
    }
}
