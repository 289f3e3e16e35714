#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension InteractiveShell {
    /// The shell on a real terminal: libedit with history and completion, results through the
    /// pager, Ctrl-C interrupting queries. Falls back to plain reads if libedit cannot start.
    public static func onTerminal(session: Session, files: ShellFiles, messages: any TextSink) -> InteractiveShell {
        if let history = files.history { makeParentFolders(of: history) }
        let completer = Completer(source: session)
        let reader: any LineReader =
            EditLineReader(historyPath: files.history) { completer.complete($0) } ?? PlainLineReader(prompts: messages)
        session.isCancelled = { EditLineReader.interruptPending() }
        return InteractiveShell(session: session, reader: reader, messages: messages, startupFile: files.startup)
    }

    /// `mkdir -p` with mode 0700: the history may hold values worth keeping private.
    static func makeParentFolders(of path: String) {
        var folder = ""
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            mkdir(folder, 0o700)
        }
    }
}
