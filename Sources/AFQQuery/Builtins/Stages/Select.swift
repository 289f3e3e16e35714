/// `select ITEM, ...`: each row becomes a record of the given columns, in order (afq-language §5).
final class Select: RowSink {
    let items: [SelectItem]
    let evaluator: ExpressionEvaluator
    let next: RowSink

    init(_ items: [SelectItem], _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.items = items
        self.evaluator = evaluator
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        var record = Record()
        for item in items {
            switch item {
            case .all:
                if case .record(let r) = row.value {
                    for (key, value) in r.fields { record[key] = value }
                }
            case .column(let named):
                record[named.columnName] = try evaluator.evaluate(named.expression, row)
            }
        }
        return try next.push(Row(.record(record), source: row.source))
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
