import AFQRender
@preconcurrency import CEditLine
import CEditLineShim

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The line editor on a terminal: libedit's native API (the only file that touches libedit:
/// README, "How it is built"). Ctrl-C is a key while editing (ISIG off in edit mode only) and a
/// signal, caught into a C flag, while a query runs; libedit restores the terminal itself before
/// any signal acts (EL_SIGNAL) and after every read.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let historyHandle: OpaquePointer
    private let historyPath: String?
    private var prompt: UnsafeMutablePointer<CChar>
    private var cancelled = false
    private let complete: (String) -> Completion
    private let output: UnsafeMutablePointer<FILE>
    public var completionText: (String) -> String = { $0 }

    /// - Parameters:
    ///   - historyPath: the history file, created with mode 0600; nil keeps history in memory.
    ///   - complete: the completion engine: text before the cursor → candidates.
    public init?(historyPath: String?, complete: @escaping (String) -> Completion) {
        EditLineReader.useUTF8Locale()
        guard let output = fdopen(STDOUT_FILENO, "w"), let editor = el_init("afq", stdin, output, stderr),
            let history = history_init()
        else { return nil }
        self.editor = editor
        self.historyHandle = history
        self.historyPath = historyPath
        self.prompt = strdup("") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        self.complete = complete
        self.output = output
        _ = afq_history_setsize(history, 1000)
        _ = afq_history_setunique(history, 1)
        if let historyPath { _ = afq_history_load(history, historyPath) }
        _ = afq_el_set_hist(editor, history)
        _ = afq_el_set_editor(editor, "emacs")
        _ = afq_el_set_signal(editor, 1)
        // A user's ~/.editrc first, so afq's own Tab, Ctrl-C and Ctrl-R bindings win.
        _ = el_source(editor, nil)
        _ = afq_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = afq_el_set_prompt(editor) { editor in EditLineReader.from(editor)?.prompt }
        _ = afq_el_addfn(editor, "afq-complete", "complete the word before the cursor") { editor, _ in
            EditLineReader.from(editor)?.completeAtCursor() ?? UInt8(CC_ERROR)
        }
        _ = afq_el_bind(editor, "^I", "afq-complete")
        _ = afq_el_addfn(editor, "afq-cancel", "cancel the line") { editor, _ in
            EditLineReader.from(editor)?.cancelled = true
            return UInt8(CC_EOF)
        }
        _ = afq_el_setty_edit(editor, "-isig")
        _ = afq_el_bind(editor, "^C", "afq-cancel")
        _ = afq_el_bind(editor, "^R", "em-inc-search-prev")
        _ = afq_install_sigint_handler()
    }

    deinit {
        el_end(editor)
        history_end(historyHandle)
        free(prompt)
    }

    public func readLine(prompt text: String) -> LineInput {
        free(prompt)
        prompt = strdup(text) ?? prompt
        cancelled = false
        _ = afq_take_sigint()
        var count: Int32 = 0
        guard let line = el_gets(editor, &count), count > 0 else {
            if cancelled || afq_take_sigint() != 0 {
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    public func addHistory(_ entry: String) {
        _ = afq_history_enter(historyHandle, entry)
        guard let historyPath else { return }
        _ = afq_history_save(historyHandle, historyPath)
        // The history may hold parameter values: keep it private whatever the umask says.
        chmod(historyPath, 0o600)
    }

    public var history: [String] {
        var entries: [String] = []
        var next = afq_history_walk(historyHandle, 1)
        while let entry = next {
            entries.append(String(cString: entry))
            next = afq_history_walk(historyHandle, 0)
        }
        return entries.reversed()
    }

    public func takeInterrupt() -> Bool { afq_take_sigint() != 0 }

    /// Whether Ctrl-C has been pressed since the last read, without clearing it: the evaluator
    /// polls this between rows.
    public static func interruptPending() -> Bool { afq_sigint_pending() != 0 }

    private static func from(_ editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let raw = afq_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Runs inside el_gets on Tab: inserts a unique candidate or the common prefix, else lists them.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor), let buffer = info.pointee.buffer, let cursor = info.pointee.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        let after = info.pointee.lastchar.map {
            String(decoding: UnsafeRawBufferPointer(start: cursor, count: max(0, $0 - cursor)), as: UTF8.self)
        }
        let completion = complete(completionText(before))
        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let insertion = String(completion.candidates[0].dropFirst(completion.word.count))
            _ = el_insertstr(editor, insertion + (completion.appendsSpace ? " " : ""))
            return UInt8(CC_REFRESH)
        default:
            let prefix = completion.commonPrefix
            if prefix.count > completion.word.count {
                _ = el_insertstr(editor, String(prefix.dropFirst(completion.word.count)))
                return UInt8(CC_REFRESH)
            }
            // The list goes below the whole line, even when it wraps over several rows and the
            // cursor is not on the last. libedit then redraws the line by clearing every row it
            // took, counted up from the row it believes the cursor is on: the cursor goes down as
            // many rows after the list, so that the rows cleared are below it, not the list's last.
            let width = terminalWidth()
            let promptWidth = TerminalText.width(String(cString: prompt))
            let cursorRow = EditLineReader.row(ofColumn: promptWidth + TerminalText.width(before), width: width)
            let lastRow = EditLineReader.row(
                ofColumn: promptWidth + TerminalText.width(before + (after ?? "")), width: width)
            write(
                String(repeating: "\n", count: lastRow - cursorRow + 1)
                    + EditLineReader.columns(completion.listed, width: width)
                    + String(repeating: "\n", count: cursorRow))
            return UInt8(CC_REDISPLAY)
        }
    }

    /// The screen row, counted from the prompt's, of the cursor `column` columns after the prompt
    /// starts; at the right margin libedit moves the cursor to the next row.
    static func row(ofColumn column: Int, width: Int) -> Int {
        width > 0 ? column / width : 0
    }

    /// Candidates in columns across the terminal, as shells list them.
    static func columns(_ items: [String], width: Int) -> String {
        let cell = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / max(cell, 1))
        var text = ""
        for (i, item) in items.enumerated() {
            let isLast = (i + 1) % perLine == 0 || i == items.count - 1
            text += isLast ? item + "\n" : item + String(repeating: " ", count: cell - item.count)
        }
        return text
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    private func write(_ text: String) {
        FileSink.writeAll(text, to: output)
        fflush(output)
    }

    /// libedit decodes input by the locale and drops bytes ≥ 0x80 in the "C" locale, so a
    /// UTF-8 one is set before it starts (else `héllo`, typed where no locale is set, arrives as
    /// `hllo`).
    private static func useUTF8Locale() {
        let name = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if name == "C" || name == "POSIX" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
