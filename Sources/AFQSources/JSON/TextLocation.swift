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

    /// Locates `offset` (clamped to the buffer) in `bytes`.
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
        let before = Array(String(decoding: bytes[lineStart..<max(lineStart, min(target, lineEnd))], as: UTF8.self))
        let after = Array(String(decoding: bytes[min(target, lineEnd)..<lineEnd], as: UTF8.self))
        let column = before.count + 1
        var shownBefore = before[...]
        var shownAfter = after[...]
        var prefix = ""
        var suffix = ""
        let half = TextLocation.excerptLimit / 2
        if before.count + after.count > TextLocation.excerptLimit {
            if before.count > half {
                shownBefore = before[(before.count - half)...]
                prefix = "…"
            }
            let room = TextLocation.excerptLimit - shownBefore.count
            if after.count > room {
                shownAfter = after[..<room]
                suffix = "…"
            }
        }
        self.init(
            offset: target, line: line, column: column,
            excerpt: prefix + String(shownBefore) + String(shownAfter) + suffix,
            excerptColumn: prefix.count + shownBefore.count + 1)
    }

    public init(offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { TextLocation(offset: offset, in: $0) }
    }
}
