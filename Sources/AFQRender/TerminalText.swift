import AFQQuery

/// Text measured and cut in terminal columns, for the `table` format (and the shell's completion
/// lists, which must know how many rows the line being edited takes).
public enum TerminalText {
    /// The ellipsis that marks a truncated cell (docs/language.md, "Output").
    static let ellipsis: Character = "…"

    /// The text with control characters written as escapes (`\n`, `\t`, `\r`, `\x1b`, …), so that
    /// data can neither break a table's lines nor send escape sequences to the terminal; the same
    /// escapes as error messages and excerpts use (`VisibleText`).
    static func visible(_ text: String) -> String {
        VisibleText.visible(text)
    }

    /// The columns the text takes on a terminal: a Character is one column, or two when it is East
    /// Asian wide or an emoji; ANSI escape sequences (`ESC [ … letter`) take none.
    public static func width(_ text: String) -> Int {
        var total = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            total += width(of: character)
        }
        return total
    }

    static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if isWide(first) || first.properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    /// The text cut to at most `limit` columns, ending in `…` when something was cut (with no
    /// space before it).
    static func truncated(_ text: String, to limit: Int) -> String {
        guard width(text) > limit else { return text }
        guard limit > 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let columns = width(of: character)
            if used + columns > limit - 1 { break }
            out.append(character)
            used += columns
        }
        while out.last?.isWhitespace == true { out.removeLast() }
        out.append(ellipsis)
        return out
    }

    static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(0, count))
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), approximated by ranges.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
