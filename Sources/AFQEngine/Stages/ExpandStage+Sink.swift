import AFQQuery

/// How `ExpandStage` runs in the engine: its sink, and what of it the workers may do.
extension ExpandStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(path.fieldPath ?? [], alias: alias?.text, reading: context.sourceDemand, next: next)
    }

    package var unsharedCopy: ExpandStage { ExpandStage(path: path.unsharedCopy, alias: alias?.unsharedCopy) }

    final class Sink: RowSink {
        let path: [String]
        /// Where each element goes: the alias, or the list's own place.
        let target: [String]
        /// The target when it is one top-level key (the usual case): set by position.
        private let targetKey: String?
        /// The elements go where the list was, a top-level key.
        private let replacesTopLevelList: Bool
        let next: RowSink
        /// Finds the list by the keys arrays of the rows' shapes (`expand` runs per batch, on one
        /// thread, as the expression evaluator does).
        private let fields: FieldLookup
        /// The values array of the last row expanded in place (see `push`).
        private var spareValues: [Value] = []
        /// As the first stage, rows are cut to the keys the pipeline reads before they are lent on.
        private let narrowing: RecordNarrowing?
        /// `path`, read in place: most rows of a recording have no list to expand, and copying the
        /// row to find that out retained its arrays (`LentFieldPath`).
        private let lentPath: LentFieldPath?

        /// `reading` is what the pipeline reads of the rows this stage gets, when they are the
        /// source's rows (`expand` is the first stage); nil otherwise.
        init(_ path: [String], alias: String?, reading demand: FieldDemand? = nil, next: RowSink) {
            self.path = path
            self.target = alias.map { [$0] } ?? path
            self.targetKey = target.count == 1 ? target[0] : nil
            self.replacesTopLevelList = path.count == 1 && target == path
            self.next = next
            let fields = FieldLookup()
            self.fields = fields
            self.narrowing = demand.flatMap { RecordNarrowing($0, fields: fields) }
            self.lentPath = path.isEmpty ? nil : LentFieldPath(path, fields: fields)
        }

        /// The elements of the list at `path` in `row`; nil when it is null.
        private func elements(in row: Row) -> [Value]? {
            let lent = lentPath?.withValue(in: row) { value, _ in ExpandStage.elements(of: &value) }
            if let lent { return lent }
            var found = row.value
            for i in path.indices { found = fields.member(path[i], of: found) }
            return ExpandStage.elements(of: &found)
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            guard let elements = elements(in: row) else { return true }
            // One row is changed in place for every element and lent to the next stage: the first
            // change copies the row's record, and later ones reuse that copy unless the next stage
            // kept the previous row. A new `Row` per element would retain and release its record and
            // its source's strings each time.
            var current: Row
            // The list's own key, found just now, is where its elements go.
            var fieldIndex: Int? = nil
            if let narrowing, !elements.isEmpty, case .record(let record) = row.value {
                // The copy holds only the keys read after this stage: the list's among them.
                var values: [Value] = []
                swap(&values, &spareValues)
                let narrowed = narrowing.narrow(record, reusing: consume values)
                if replacesTopLevelList { fieldIndex = fields.index(of: path[0], in: narrowed) }
                current = Row(.record(narrowed), source: row.source)
            } else if replacesTopLevelList, !elements.isEmpty, case .record(let record) = row.value {
                fieldIndex = fields.index(of: path[0], in: record)
                // The copy is made in the values array of the previous row, if the next stage let
                // go of it, rather than in a new one.
                var values: [Value] = []
                swap(&values, &spareValues)
                values.removeAll(keepingCapacity: true)
                values.append(contentsOf: record.values)
                current = Row(.record(Record(uncheckedKeys: record.keys, values: consume values)), source: row.source)
            } else {
                current = row
            }
            for i in elements.indices {
                if let targetKey {
                    current.value.setField(targetKey, to: elements[i], index: &fieldIndex)
                } else {
                    current.value.set(target[...], to: elements[i])
                }
                guard try next.push(current) else { return false }
            }
            if fieldIndex != nil, case .record(let record) = current.value {
                spareValues = record.values
            }
            return true
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
