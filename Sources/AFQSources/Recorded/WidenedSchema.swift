import AFQQuery
import AFQEngine

/// The model's schema widened with every loaded row (docs/language.md, "Fields and paths"), worked
/// out when first needed instead of before the data can be used: widening visits every value of
/// every row (its cost: docs/performance.md, "What makes afq fast"), while most queries check
/// against the model's schema alone (`RowSupplier.declaredSchema`). The shell starts it on a
/// thread of its own once the rows are in memory (`prepareInBackground`), so it is usually ready
/// before it is needed.
final class WidenedSchema: @unchecked Sendable {
    private let rows: [Row]
    private let modelSchema: Schema
    private let computing = Mutex()
    private let state = Mutex()
    private var widened: Schema?

    init(rows: [Row], modelSchema: Schema) {
        self.rows = rows
        self.modelSchema = modelSchema
    }

    init(ready schema: Schema) {
        rows = []
        modelSchema = schema
        widened = schema
    }

    /// The widened schema; waits while another thread is working it out.
    var schema: Schema {
        if let ready = readySchema { return ready }
        computing.lock()
        defer { computing.unlock() }
        if let ready = readySchema { return ready }
        let widener = SchemaWidener(modelSchema)
        for row in rows { widener.widen(with: row.value) }
        let schema = widener.schema
        state.lock()
        widened = schema
        state.unlock()
        return schema
    }

    /// The widened schema if it is already known; never waits.
    var readySchema: Schema? {
        state.lock()
        defer { state.unlock() }
        return widened
    }

    /// Starts the work on a thread of the lowest priority, so queries typed meanwhile keep both
    /// cores; a query that needs the schema waits for it (`schema`).
    func prepareInBackground() {
        guard readySchema == nil else { return }
        LowPriorityThread.start { [self] in _ = self.schema }
    }
}
