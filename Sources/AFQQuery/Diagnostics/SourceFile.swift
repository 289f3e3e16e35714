/// Program text with the name diagnostics show for it: `query` for `-c`, a path for a file.
public struct SourceFile: Sendable {
    public var name: String
    public var text: String
    let bytes: [UInt8]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<clamped where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return (line, characterCount(lineStart, clamped) + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> String {
        var current = 1
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if current == number { return decode(start, i) }
            current += 1
            start = i + 1
        }
        return current == number ? decode(start, bytes.count) : ""
    }

    /// The text of a range (for column names such as `authenticationConfig.isOAuth2Supported`).
    public func text(of range: SourceRange) -> String {
        decode(min(range.lowerBound, bytes.count), min(range.upperBound, bytes.count))
    }

    func characterCount(_ from: Int, _ to: Int) -> Int {
        decode(from, to).count
    }

    private func decode(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<max(from, to)], as: UTF8.self)
    }
}
