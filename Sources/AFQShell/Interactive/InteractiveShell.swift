import AFQQuery

/// The interactive shell (README, "Command line": a terminal on both ends), as sqlite3, DuckDB and
/// Nushell users expect: a banner naming the data, an `afq> ` prompt, a continuation prompt for
/// unfinished statements, history, and errors that never end the session.
public final class InteractiveShell {
    public static let prompt = "afq> "
    public static let continuationPrompt = "...> "

    let session: Session
    let reader: any LineReader
    let messages: any TextSink
    let startupFile: String?

    /// - Parameter startupFile: statements and dot-commands run before the first prompt (afqrc).
    public init(session: Session, reader: any LineReader, messages: any TextSink, startupFile: String? = nil) {
        self.session = session
        self.reader = reader
        self.messages = messages
        self.startupFile = startupFile
        session.historyEntries = { [unowned reader] in reader.history }
    }

    /// Runs until `.quit`, `.exit` or Ctrl-D; the exit status is 0 (errors were shown as they came).
    public func run() -> ExitStatus {
        if let startupFile, let text = try? Session.readQueryFile(startupFile) {
            if session.run(text, name: startupFile) == .quit { return .success }
        }
        do {
            messages.write("\(try session.data().description) — .help for help\n")
        } catch {
            messages.write(ErrorReport.text(for: error, in: SourceFile(name: "data", text: ""), color: false))
        }
        var accumulator = StatementAccumulator()
        var lastPipeline: String? = nil
        while true {
            let pending = accumulator.pending.joined(separator: "\n")
            let previous = lastPipeline
            reader.completionText = { line in
                if !pending.isEmpty { return pending + "\n" + line }
                if let previous, line.drop(while: { $0 == " " }).hasPrefix("|") { return previous + "\n" + line }
                return line
            }
            let prompt = accumulator.isEmpty ? InteractiveShell.prompt : InteractiveShell.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                return .success
            case .interrupted:
                accumulator.reset()
            case .line(let line):
                // A line starting with `|` continues the previous statement (docs/shell.md,
                // "Typing").
                if accumulator.isEmpty, line.drop(while: { $0 == " " }).hasPrefix("|"), let lastPipeline {
                    accumulator.continueStatement(lastPipeline)
                }
                guard let text = accumulator.add(line), !text.allSatisfy(\.isWhitespace) else { continue }
                reader.addHistory(InteractiveShell.historyEntry(for: text))
                _ = reader.takeInterrupt()
                if session.run(text, name: "query") == .quit { return .success }
                if !text.drop(while: \.isWhitespace).hasPrefix(".") { lastPipeline = text }
            }
        }
    }

    /// A statement as one history line, so Up recalls it whole: lines joined by spaces, with
    /// comments dropped (a `#` would otherwise swallow the lines joined after it).
    static func historyEntry(for text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { line -> String in
            var inQuote: Character? = nil
            var kept = ""
            for c in line {
                if let q = inQuote {
                    if c == q { inQuote = nil }
                } else if c == "\"" || c == "'" {
                    inQuote = c
                } else if c == "#" {
                    break
                }
                kept.append(c)
            }
            return kept.trimmingSpaces()
        }
        return lines.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
