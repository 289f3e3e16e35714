import AFQQuery
import AFQEngine

extension Session {
    /// The most items a `let` may bind, so a huge result cannot hold memory unnoticed
    /// (docs/language.md, "Let"): far above any account's connectors or their lists.
    public static let maxLetItems = 1_000_000

    /// Runs a `let` statement's pipeline and binds its result to `$NAME`, replacing a parameter or
    /// an earlier `let` of the same name; prints nothing (docs/language.md, "Let").
    /// `limit` is lowered only by tests, to reach the limit without a million rows.
    func executeLet(_ binding: LetBinding, limit: Int = Session.maxLetItems) throws {
        let name = binding.name.text
        if Session.builtInVariables.contains(name) { throw LetError.builtInName(name, binding.name.range) }
        let pipeline = binding.pipeline
        if let output = pipeline.stages.first(where: { $0.name == "to" }) { throw LetError.outputStage(output.range) }
        let data = try data()
        defer { reportLateWarnings(of: data) }
        let source = try rows(for: pipeline)
        defer { reportWarnings(of: source) }
        let checked = try Query.check(pipeline, on: source.rows, context: checkContext(schema:))
        let evaluator = Evaluator(parameters: parameters, now: now, isCancelled: isCancelled)
        let rows = try evaluator.run(checked, on: source.rows)
        guard let bound = Session.boundValue(of: rows, limit: limit) else {
            throw LetError.tooLarge(name, limit: limit, binding.range)
        }
        parameters[name] = .list(bound)
    }

    /// The **Decision** of docs/language.md, "Let": when every row is a list (a `get` of a list
    /// field), the lists are joined one level, so `in $targets` asks about their items; otherwise
    /// the rows themselves are the list. No rows bind the empty list. Nil when there would be
    /// more than `limit` items; joining stops there rather than building the whole list.
    static func boundValue(of rows: [Value], limit: Int) -> [Value]? {
        guard rows.count <= limit else { return nil }
        var items: [Value] = []
        for row in rows {
            guard case .list(let elements) = row else { return rows }
            items.append(contentsOf: elements)
            if items.count > limit { return nil }
        }
        return items
    }

    /// Names the language gives meaning to (docs/language.md, "Parameters").
    static let builtInVariables: Set<String> = ["it", "source"]
}
