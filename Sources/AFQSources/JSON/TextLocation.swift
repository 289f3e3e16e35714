/// A position in a byte buffer as people read it, with the text of its line for a caret diagnostic.
///
/// Computed only when something goes wrong, by one scan from the start of the buffer, so the hot
/// parsing path never counts lines; only the one line is decoded, never the whole (maybe 100 MB) input.
public struct TextLocation: Sendable, Hashable {
    /// Byte offset into the buffer.
    public var offset: Int
    /// 1-based line.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int
    /// The line (without its line break), or a window of it around `column` when the line is long.
    public var excerpt: String
    /// 1-based column of `offset` inside `excerpt`.
    public var excerptColumn: Int

    public init(offset: Int, line: Int, column: Int, excerpt: String, excerptColumn: Int) {
        self.offset = offset
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.excerptColumn = excerptColumn
    }

    /// Lines longer than this many characters are shown as a window around the column.
    static let excerptLimit = 120

    /// Locates `offset` (clamped to the buffer) in `bytes`. Only a window of bytes around the
    /// offset is decoded, so an error at the end of a one-line file of many megabytes (minified
    /// JSON) costs one scan, not an array of every character of the line.
    public init(offset: Int, in bytes: UnsafeRawBufferPointer) {
        let target = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < target {
            if bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var lineEnd = target
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let excerptEnd = max(lineStart, min(target, lineEnd))
        let column = TextLocation.characterCount(bytes[lineStart..<excerptEnd]) + 1
        // Windows of bytes wide enough for the characters shown (a character is rarely more than
        // eight bytes), started and ended on UTF-8 scalar boundaries.
        let half = TextLocation.excerptLimit / 2
        var windowStart = max(lineStart, excerptEnd - half * 8)
        while windowStart > lineStart, windowStart < excerptEnd, bytes[windowStart] & 0xC0 == 0x80 { windowStart += 1 }
        var windowEnd = min(lineEnd, excerptEnd + TextLocation.excerptLimit * 8)
        while windowEnd < lineEnd, windowEnd > excerptEnd, bytes[windowEnd] & 0xC0 == 0x80 { windowEnd -= 1 }
        let before = Array(String(decoding: bytes[windowStart..<excerptEnd], as: UTF8.self))
        let after = Array(String(decoding: bytes[excerptEnd..<windowEnd], as: UTF8.self))
        let moreBefore = windowStart > lineStart
        let moreAfter = windowEnd < lineEnd
        var shownBefore = before[...]
        var shownAfter = after[...]
        var prefix = ""
        var suffix = ""
        if moreBefore || moreAfter || before.count + after.count > TextLocation.excerptLimit {
            if moreBefore || before.count > half {
                shownBefore = before.suffix(half)
                prefix = "…"
            }
            let room = TextLocation.excerptLimit - shownBefore.count
            if moreAfter || after.count > room {
                shownAfter = after.prefix(room)
                suffix = "…"
            }
        }
        self.init(
            offset: target, line: line, column: column,
            excerpt: prefix + String(shownBefore) + String(shownAfter) + suffix,
            excerptColumn: prefix.count + shownBefore.count + 1)
    }

    /// The characters in `bytes`: ASCII text (most JSON) by one pass over the bytes, a CR LF
    /// pair being one character; anything else decoded and counted.
    private static func characterCount(_ bytes: Slice<UnsafeRawBufferPointer>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 { return String(decoding: bytes, as: UTF8.self).count }
            if !(byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) { count += 1 }
            previous = byte
        }
        return count
    }

    public init(offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { TextLocation(offset: offset, in: $0) }
    }
}
