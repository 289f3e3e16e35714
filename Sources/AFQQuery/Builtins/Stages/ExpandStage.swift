/// `expand PATH [as NAME]`: one row per element of the list at PATH (docs/language.md, "Stages").
/// Rows whose list is null or empty produce none; a value that is not a list counts as a list of
/// itself, so no row with data disappears.
struct ExpandStage: StageDefinition, Equatable {
    let path: Expression
    let alias: Name?

    static let signature = StageSignature(
        name: "expand", syntax: "expand PATH [as NAME]", summary: "one row for each element of the list at PATH",
        argument: .expressions,
        examples: [
            HelpExample(
                "connectors | where connectorType == \"Zendesk\" | expand supportedWriteOperations | get supportedWriteOperations",
                #"""
                "INSERT"
                "UPDATE"
                "UPSERT"
                """#)
        ])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> ExpandStage {
        let path = try parser.parseExpression()
        return ExpandStage(path: path, alias: try parser.parseAlias())
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        guard let steps = path.fieldPath else { throw .notAPath(stage: "expand", path.range) }
        let listType = try checker.type(of: path, in: &state)
        var element = SchemaType.any
        switch listType {
        case .list(let e): element = e
        case .any: break
        default: throw .notAList(stage: "expand", typeName: listType.displayName, path.range)
        }
        if let alias {
            if case .record(var r) = state.rowType {
                r.fields.removeAll { $0.name == alias.text }
                r.fields.append(FieldSchema(name: alias.text, type: element))
                state.rowType = .record(r)
            }
        } else {
            state.rowType = state.rowType.replacing(steps, with: element)
        }
    }

    /// A batch's rows (a few thousand) times their lists' lengths stay small.
    var runsRowByRow: Bool { true }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(path.fieldPath ?? [], alias: alias?.text, reading: context.sourceDemand, next: next)
    }

    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        let steps = path.fieldPath ?? []
        let target = alias.map { [$0.text] } ?? steps
        return ReferenceStep { row, emit throws(RuntimeError) in
            var list = row.value
            for name in steps { list = ExpressionEvaluator.member(name, of: list) }
            for element in ExpandStage.elements(of: &list) ?? [] {
                var value = row.value
                value.set(target[...], to: element)
                guard try emit(Row(value, source: row.source)) else { return false }
            }
            return true
        }
    }

    var unsharedCopy: ExpandStage { ExpandStage(path: path.unsharedCopy, alias: alias?.unsharedCopy) }

    /// A value that is not a list counts as a list of itself; null as no list.
    static func elements(of value: inout Value) -> [Value]? {
        switch value {
        case .null: return nil
        case .list(let l): return l
        default: return [value]
        }
    }

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
        private let fields: FieldLookupCache
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
            let fields = FieldLookupCache()
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
