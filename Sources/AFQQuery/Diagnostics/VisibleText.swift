/// Text from a query or from data made safe to show in a message, an excerpt or a table cell
/// (docs/language.md, "Errors"): control characters written as escapes, so a NUL cannot end the
/// line and an escape sequence cannot reach the terminal, and long tokens cut, so one bad value
/// cannot fill standard error.
public enum VisibleText {
    /// A token (a number, a name, a value) longer than this many characters is shown as its first
    /// `tokenLimit` characters, `…`, and its length: enough to recognise it.
    public static let tokenLimit = 40
    /// A word of a message longer than this is cut as a token is: a message's own words are
    /// shorter, so only text taken from the input can be this long.
    public static let wordLimit = 120
    /// A message, label or note longer than this is cut, with its length.
    public static let messageLimit = 1000

    /// C0 controls, DEL and C1 controls: what a terminal may act on rather than show.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `\n`, `\t`, `\r`, else `\x` and two hexadecimal digits (`\x00`, `\x1b`, `\x7f`).
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        default: return "\\x" + HexText.digits(scalar.value, count: 2)
        }
    }

    /// The text with every control character escaped (tabs too, unless `keepingTabs`: an excerpt
    /// keeps them so its caret line can copy them and stay aligned).
    public static func visible(_ text: String, keepingTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingTabs && $0 == "\t") }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar), !(keepingTabs && scalar == "\t") {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A token as a message quotes it: visible, and past `tokenLimit` characters cut to
    /// `12345678901234567890123456789012345678901234567890…` followed by ` (5000000 characters)`.
    public static func token(_ text: String) -> String {
        visible(cut(text, keeping: tokenLimit))
    }

    /// A whole message (or label or note) made safe: control characters escaped, words longer
    /// than `wordLimit` cut as tokens are, and the whole cut at `messageLimit`. Text that needs
    /// none of this comes back as it was, after one scan.
    public static func message(_ text: String) -> String {
        var needsWork = false
        var run = 0
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                needsWork = true
                break
            }
            run = scalar == " " ? 0 : run + 1
            if run > wordLimit {
                needsWork = true
                break
            }
        }
        if !needsWork, text.utf8.count <= messageLimit { return text }
        var words: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            words.append(word.count > wordLimit ? quotedToken(word) : visible(String(word)))
        }
        return cut(words.joined(separator: " "), keeping: messageLimit)
    }

    /// A long word cut as a token, keeping the quotes or backticks around it: `` `aaa…` `` stays
    /// `` `aaa… (100000 characters)` ``.
    private static func quotedToken(_ word: Substring) -> String {
        for quote in ["`", "\"", "'"] where word.hasPrefix(quote) {
            let closed = word.dropFirst().firstIndex(where: { String($0) == quote })
            guard let closed else { break }
            return quote + token(String(word.dropFirst()[..<closed])) + quote
                + visible(String(word[word.index(after: closed)...]))
        }
        return token(String(word))
    }

    /// The first `limit` characters, `…` and the whole length, when the text is longer.
    static func cut(_ text: String, keeping limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let count = text.count
        guard count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(count) characters)"
    }
}
