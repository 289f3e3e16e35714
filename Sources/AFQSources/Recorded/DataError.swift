import AFQQuery

/// Recorded data that cannot be used: unreadable, malformed, or not a shape afq knows
/// (docs/recording.md, "What afq reads"). The command line exits with status 3 for it (the
/// README's "Command line").
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// A file or folder could not be opened or read (the OS reason is in the message).
        case unreadable
        /// A folder holds no `*.json` / `*.jsonl` file.
        case noDataFiles
        /// Not JSON (or not JSON Lines).
        case malformedJSON
        /// Valid JSON that is none of the recognised shapes.
        case unrecognizedData
        /// A recognised shape with a member of the wrong type (`connectorConfigurations` a list).
        case wrongType
        /// An afq recording of a format version this afq does not read.
        case unsupportedRecording
    }

    public var kind: Kind
    /// The headline after `error: `, lowercase, no trailing period.
    public var message: String
    /// The path as the user gave it (`<stdin>` for standard input); nil when no file is involved.
    public var file: String?
    /// Where in `file`; nil when the problem is the file as a whole.
    public var location: TextLocation?

    public init(_ kind: Kind, _ message: String, file: String? = nil, location: TextLocation? = nil) {
        self.kind = kind
        // Safe to print: a message may quote a key or value of the data (`VisibleText.message`).
        self.message = VisibleText.message(message)
        self.file = file
        self.location = location
    }

    /// The caret diagnostic every afq error draws (docs/language.md, "Errors"), without a final
    /// newline:
    ///
    /// ```
    /// error: malformed JSON: expected ',' or '}' after an object member
    ///  --> examples/data/broken/malformed.json:5:5
    ///   |
    /// 5 |     "supportedSchedulingFrequencies": [
    ///   |     ^
    /// ```
    public var description: String { rendered(useColor: false) }

    public func rendered(useColor: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String {
            useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
        var lines = [paint("error", "1;31") + paint(": " + message, "1")]
        if let location {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let bar = paint("|", "34")
            lines.append(
                "\(gutter)\(paint("-->", "34")) \(VisibleText.visible(file ?? "<input>")):\(location.line):\(location.column)"
            )
            lines.append("\(gutter) \(bar)")
            // Control characters shown escaped with the caret under the right column; tabs are
            // copied so the caret lines up under tab-indented text.
            let excerpt = SourceExcerpt(
                line: location.excerpt, column: location.excerptColumn, windowed: false)
            lines.append("\(paint(number, "34")) \(bar) \(excerpt.text)")
            lines.append("\(gutter) \(bar) \(excerpt.indent)\(paint("^", "1;31"))")
        }
        return lines.joined(separator: "\n")
    }
}
