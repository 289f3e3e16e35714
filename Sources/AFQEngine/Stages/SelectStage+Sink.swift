import AFQQuery

/// How `SelectStage` runs in the engine: its sink, and what of it the workers may do.
extension SelectStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(items, context.expressions, next: next)
    }

    package var unsharedCopy: SelectStage { SelectStage(items: items.map(\.unsharedCopy)) }

    final class Sink: RowSink {
        let next: RowSink
        /// The column names when every item is a column and no two share a name: every row then
        /// gets the same keys array and one values array of its final size (growing two arrays per
        /// row was most of a `select`).
        private let fixedKeys: [String]?
        /// The items' expressions, read by index for every row (taking an item out of the items copies
        /// its name and text too, retained and released for every row); nil for `*`.
        private let columnExpressions: [CompiledExpression?]
        /// The items' expressions when `fixedKeys` is set (every item is a column), in order.
        private let fixedColumns: [CompiledExpression]
        /// The names of the items' columns; nil for `*`.
        private let columnNames: [String?]
        /// The values of the last row, when the next stage lets go of each row at once: the next
        /// row's values are then built in the same array, not a new one (`releasesValuesAtOnce`).
        private let reusesValues: Bool
        private var reusedValues: [Value] = []
        /// The next stage when it encodes rows as JSON Lines and every item is a field path: each
        /// row's columns are then written from where they are, without building the record
        /// (`LentFieldPath`).
        private let encoder: EncodingSink?
        /// The items as field paths read in place, for `encoder`.
        private let lentColumns: [LentFieldPath]

        init(_ items: [SelectItem], _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.next = next
            let names = items.compactMap { item -> String? in
                if case .column(let named) = item { return named.columnName }
                return nil
            }
            let distinct = Set(names).count == names.count && names.count == items.count
            fixedKeys = distinct ? names : nil
            columnExpressions = items.map { item -> CompiledExpression? in
                if case .column(let named) = item { return evaluator.compile(named.expression) }
                return nil
            }
            fixedColumns = distinct ? columnExpressions.compactMap { $0 } : []
            columnNames = items.map { item -> String? in
                if case .column(let named) = item { return named.columnName }
                return nil
            }
            reusesValues = next.releasesValuesAtOnce
            let lentColumns = items.compactMap { item -> LentFieldPath? in
                guard case .column(let named) = item else { return nil }
                return evaluator.lentFieldPath(named.expression)
            }
            let readsInPlace = fixedKeys != nil && lentColumns.count == items.count
            self.lentColumns = readsInPlace ? lentColumns : []
            encoder = readsInPlace ? next.lineEncoder : nil
        }

        override var strategy: String? { encoder == nil ? "compiled" : "lent into lines" }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            if let encoder, let fixedKeys, encoder.appendRecordLine(keys: fixedKeys, paths: lentColumns, of: row) {
                return true
            }
            if let fixedKeys {
                // Taken out so that the array is held once and changes in place.
                var values: [Value] = []
                swap(&values, &reusedValues)
                values.removeAll(keepingCapacity: true)
                values.reserveCapacity(fixedKeys.count)
                for i in fixedColumns.indices { values.append(try fixedColumns[i](row)) }
                let more = try next.push(.record(Record(uncheckedKeys: fixedKeys, values: values)), sourceOf: row)
                if reusesValues { reusedValues = values }
                return more
            }
            var record = RecordBuilder()
            for i in columnExpressions.indices {
                if let expression = columnExpressions[i], let name = columnNames[i] {
                    record.set(name, try expression(row))
                } else if case .record(let r) = row.value {
                    for (key, value) in r.fields { record.set(key, value) }
                }
            }
            return try next.push(.record(record.record), sourceOf: row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
