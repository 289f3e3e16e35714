/// `sort by EXPR [asc|desc], ...`: a stable sort in the total order of afq-language §5; in
/// `desc` the whole order reverses, so nulls come first.
final class SortBy: RowSink {
    let keys: [SortKey]
    private let keyExpressions: [CompiledExpression]
    let next: RowSink
    private var held: [(keys: [Value], row: Row)] = []

    init(_ keys: [SortKey], _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.keys = keys
        self.keyExpressions = keys.map { evaluator.compile($0.expression) }
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        var values: [Value] = []
        values.reserveCapacity(keys.count)
        for i in keyExpressions.indices { values.append(try keyExpressions[i](row)) }
        held.append((values, row))
        return true
    }

    override func finish() throws(RuntimeError) {
        let descending = keys.map(\.descending)
        let order = held.indices.sorted { a, b in
            for (i, isDescending) in descending.enumerated() {
                let c = Value.sortOrder(held[a].keys[i], held[b].keys[i])
                if c != 0 { return isDescending ? c > 0 : c < 0 }
            }
            return a < b
        }
        for i in order where !(try next.push(held[i].row)) { break }
        held = []
        try next.finish()
    }
}
