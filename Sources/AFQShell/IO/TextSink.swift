/// Somewhere text goes: standard output, standard error, a file, or a test's buffer.
/// Libraries write here instead of owning stdout: only the executable owns it, so a session runs
/// the same against a terminal, a file or a test's buffer.
public protocol TextSink: AnyObject {
    func write(_ text: String)
    /// The terminal's width when this is a terminal, else nil.
    var terminalWidth: Int? { get }
}

/// Collects text in memory, for tests and for capturing output.
public final class BufferSink: TextSink {
    public private(set) var text = ""
    public let terminalWidth: Int?

    public init(terminalWidth: Int? = nil) {
        self.terminalWidth = terminalWidth
    }

    public func write(_ text: String) {
        self.text += text
    }
}
