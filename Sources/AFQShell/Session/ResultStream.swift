/// A statement's `jsonl` results written while the query still runs, so a large recording's
/// results are never all held (docs/performance.md). The evaluator renders them (on its worker
/// threads when it can) and hands the text over in order.
///
/// The first `holdBack` bytes are kept back until the statement ends: a statement that fails
/// (malformed data, a run-time error) with little output prints nothing but its error, as a
/// statement that holds its results does. A large result is written in blocks once past that;
/// if the statement then fails, what was written stays, followed by the error.
final class ResultStream {
    static let holdBack = 1 << 20
    static let block = 1 << 16

    private let output: any TextSink
    private var text = ""
    private var isWriting = false
    /// Whether any result was added, so `--exit-status` can tell an empty result.
    private(set) var hasWritten = false

    init(output: any TextSink) {
        self.output = output
    }

    /// Rendered results, in order.
    func add(_ rendered: String) {
        if !rendered.isEmpty { hasWritten = true }
        text += rendered
        if text.utf8.count >= (isWriting ? ResultStream.block : ResultStream.holdBack) {
            output.write(text)
            text = ""
            isWriting = true
        }
    }

    /// The statement succeeded: write the rest.
    func finish() {
        if !text.isEmpty { output.write(text) }
        text = ""
    }
}
