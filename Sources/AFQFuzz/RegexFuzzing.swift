import AFQQuery

/// Any pattern compiles, or fails with an error that names it; a compiled pattern answers for any
/// text, and its shortcuts (plain text compared as bytes, a start at `^`, a jump to a literal
/// prefix) answer as the plain simulation does: the same pattern behind `(?s:.*?)` and inside an
/// alternation that never matches, which take none of them. The input is the pattern, a NUL byte,
/// then the text; without a NUL the text is empty.
enum RegexFuzzing {
    static func check(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        let pattern = String(decoding: bytes[..<split], as: UTF8.self)
        let text = String(decoding: bytes[min(split + 1, bytes.count)...], as: UTF8.self)
        let regex: RegularExpression
        do {
            regex = try RegularExpression(pattern)
        } catch {
            guard error.pattern == pattern, !error.problem.isEmpty else {
                fatalError("an error that does not name its pattern for \(pattern.debugDescription): \(error)")
            }
            _ = error.diagnostic(at: SourceRange(0, pattern.utf8.count))
            return
        }
        let found = regex.isFound(in: text)
        for plain in ["(?s:.*?)(?:" + pattern + ")", "(?:" + pattern + ")|\\b\\B"] {
            // Wrapping adds a group and a few instructions, so it can pass a limit the pattern
            // stays within; only a wrapped pattern that compiles is compared.
            guard let other = try? RegularExpression(plain) else { continue }
            guard other.isFound(in: text) == found else {
                fatalError(
                    "\(pattern.debugDescription) says \(found) on \(text.debugDescription), "
                        + "\(plain.debugDescription) does not")
            }
        }
    }
}
