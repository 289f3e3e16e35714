#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output in the shell: text taller than the screen goes through a pager, as psql
/// does (`$PAGER`, else `less -FRSX`: quit if one screen, keep colours, chop long lines).
public final class PagingSink: TextSink {
    let terminal: FileSink
    let pagerCommand: String

    public init(terminal: FileSink, pagerCommand: String?) {
        self.terminal = terminal
        let command = pagerCommand?.trimmingSpaces() ?? ""
        self.pagerCommand = command.isEmpty ? "less -FRSX" : command
    }

    public var terminalWidth: Int? { terminal.terminalWidth }

    public func write(_ text: String) {
        guard let height = terminal.terminalHeight, text.utf8.lazy.filter({ $0 == 10 }).count >= height - 1 else {
            terminal.write(text)
            return
        }
        terminal.flush()
        guard let pipe = popen(pagerCommand, "w") else {
            terminal.write(text)
            return
        }
        FileSink.writeAll(text, to: pipe)
        pclose(pipe)
    }
}
