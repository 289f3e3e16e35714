import AFQQuery

/// The interactive loop (afq-cli "Modes": a terminal on both ends): a banner naming the data, an
/// `afq> ` prompt, a continuation prompt for unfinished statements, and errors that never end it.
public final class InteractiveShell {
    public static let prompt = "afq> "
    public static let continuationPrompt = "...> "

    let session: Session
    let reader: any LineReader
    let messages: any TextSink

    public init(session: Session, reader: any LineReader, messages: any TextSink) {
        self.session = session
        self.reader = reader
        self.messages = messages
    }

    /// Runs until `.quit` or end of input; the exit status is 0 either way (errors were shown).
    public func run() -> ExitStatus {
        do {
            let data = try session.data()
            messages.write("\(data.description) — .help for help\n")
        } catch {
            messages.write(ErrorReport.text(for: error, in: SourceFile(name: "data", text: ""), color: false))
        }
        var accumulator = StatementAccumulator()
        while let line = reader.readLine(prompt: accumulator.isEmpty ? InteractiveShell.prompt : InteractiveShell.continuationPrompt) {
            guard let text = accumulator.add(line) else { continue }
            if text.allSatisfy(\.isWhitespace) { continue }
            if session.run(text, name: "query") == .quit { break }
        }
        return .success
    }
}
