/// Where the interactive shell gets its lines: a line editor on a terminal, or plain reads.
public protocol LineReader: AnyObject {
    /// The next line without its newline, or nil at end of input (Ctrl-D).
    func readLine(prompt: String) -> String?
}

/// Reads lines from standard input with a printed prompt and no editing.
public final class PlainLineReader: LineReader {
    let prompts: any TextSink

    public init(prompts: any TextSink) {
        self.prompts = prompts
    }

    public func readLine(prompt: String) -> String? {
        prompts.write(prompt)
        return Swift.readLine(strippingNewline: true)
    }
}
