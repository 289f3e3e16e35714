import AFQQuery

/// The one oracle of the engine's tests: what `ReferenceEvaluator` (plain, one row at a time, no
/// caches) answers, written so two answers compare as text — values with their key order (which
/// `==` on records ignores), or the run-time error. Every fast path (batches on worker threads,
/// in-place reading, compiled groupings, the streamed reader's projections) is compared with it.
public enum ReferenceAnswer {
    /// The reference evaluator's answer for `checked` over `rows`.
    /// `now` is what `now()` reads; an engine compared with this answer must be given the same.
    public static func of(
        _ checked: CheckedPipeline, on rows: [Row], parameters: [String: Value] = [:], now: Timestamp? = nil
    ) -> String {
        answer { () throws(RuntimeError) in
            try ReferenceEvaluator(parameters: parameters, now: now).run(checked, on: rows)
        }
    }

    /// `body`'s values described, or the error it threw.
    public static func answer(_ body: () throws -> [Value]) -> String {
        do {
            return describe(try body())
        } catch {
            return "error: \(error)"
        }
    }

    public static func describe(_ values: [Value]) -> String {
        values.map(describe).joined(separator: "\n")
    }

    public static func describe(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .string(let s): return "\"\(s)\""
        case .timestamp(let t): return "@\(t.secondsSince1970)"
        case .duration(let d): return "~\(d.milliseconds)ms"
        case .list(let items): return "[" + items.map(describe).joined(separator: ",") + "]"
        case .record(let r): return "{" + r.fields.map { "\($0):\(describe($1))" }.joined(separator: ",") + "}"
        }
    }
}
