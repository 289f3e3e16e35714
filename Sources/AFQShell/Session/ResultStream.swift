import AFQQuery
import AFQRender

/// A statement's `jsonl` results written while the query still runs, so a large recording's
/// results are never all held (docs/performance.md).
///
/// The first `holdBack` bytes are kept back until the statement ends: a statement that fails
/// (malformed data, a run-time error) with little output prints nothing but its error, as a
/// statement that holds its results does. A large result is written in blocks once past that;
/// if the statement then fails, what was written stays, followed by the error.
final class ResultStream {
    static let holdBack = 1 << 20
    static let block = 1 << 16
    /// Values are rendered in groups, which costs less than one call per value.
    static let group = 256

    private let output: any TextSink
    private let options: RenderOptions
    private var values: [Value] = []
    private var text = ""
    private var hasWritten = false

    init(output: any TextSink, options: RenderOptions) {
        self.output = output
        self.options = options
    }

    func add(_ value: Value) {
        values.append(value)
        if values.count >= ResultStream.group { render() }
    }

    /// The statement succeeded: write the rest.
    func finish() {
        render()
        if !text.isEmpty { output.write(text) }
        text = ""
    }

    private func render() {
        guard !values.isEmpty else { return }
        text += Renderer.render(values, as: .jsonl, options: options)
        values.removeAll(keepingCapacity: true)
        if text.utf8.count >= (hasWritten ? ResultStream.block : ResultStream.holdBack) {
            output.write(text)
            text = ""
            hasWritten = true
        }
    }
}
