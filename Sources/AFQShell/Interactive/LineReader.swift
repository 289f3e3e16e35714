/// What one read at the prompt gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: drop the line (and any statement being continued).
    case interrupted
    /// Ctrl-D on an empty line, or the end of standard input.
    case endOfInput
}

/// Where the interactive shell gets its lines: libedit on a terminal, or plain reads.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Remembers a finished statement (one entry, even when it spanned lines) and saves it.
    func addHistory(_ entry: String)
    /// The remembered statements, oldest first.
    var history: [String] { get }
    /// Turns the line before the cursor into the text completion works on: the shell adds the
    /// lines of a statement being continued, so completion sees the whole statement.
    var completionText: (String) -> String { get set }
    /// True when Ctrl-C was pressed since the last call (while a query ran).
    func takeInterrupt() -> Bool
}

/// Reads lines from standard input with a printed prompt and no editing.
public final class PlainLineReader: LineReader {
    let prompts: any TextSink
    public private(set) var history: [String] = []
    public var completionText: (String) -> String = { $0 }

    public init(prompts: any TextSink) {
        self.prompts = prompts
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.write(prompt)
        return Swift.readLine(strippingNewline: true).map(LineInput.line) ?? .endOfInput
    }

    public func addHistory(_ entry: String) {
        history.append(entry)
    }

    public func takeInterrupt() -> Bool { false }
}
