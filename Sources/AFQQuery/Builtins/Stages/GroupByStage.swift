/// `group by KEY, ... [compute AGG, ...]`: one row per distinct key in order of first appearance,
/// with the key columns then the aggregates; `count` alone when there is no `compute`
/// (docs/language.md, "Stages").
struct GroupByStage: StageDefinition, Equatable {
    let keys: [NamedExpression]
    /// As written; nil when there is no `compute`.
    let computed: [NamedExpression]?
    /// Where `group by` was written: the place of the implicit `count()`.
    let keywordRange: SourceRange

    static let signature = StageSignature(
        name: "group by", syntax: "group by KEY, ... [compute AGG, ...]",
        summary: "one row per distinct key, with aggregates (default: count)", argument: .groupKeys,
        examples: [
            HelpExample(
                "connectors | group by canUseAsSource, canUseAsDestination",
                #"""
                {"canUseAsSource":true,"canUseAsDestination":true,"count":8}
                {"canUseAsSource":true,"canUseAsDestination":false,"count":14}
                {"canUseAsSource":false,"canUseAsDestination":true,"count":8}
                """#)
        ])

    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> GroupByStage {
        let keys = try parser.parseList { try $0.parseNamed() }
        var computed: [NamedExpression]? = nil
        if parser.current.isWord("compute") {
            parser.advance()
            computed = try parser.parseList { try $0.parseNamed() }
        }
        return GroupByStage(keys: keys, computed: computed, keywordRange: keyword)
    }

    /// The aggregates computed: those written, or `count()` as `count`.
    var aggregates: [NamedExpression] {
        computed ?? [
            NamedExpression(
                expression: .call("count", nameRange: keywordRange, arguments: [], keywordRange),
                alias: Name("count", keywordRange), sourceText: "count()")
        ]
    }

    /// The aggregates' definitions, in order; the checker has made sure each names one.
    var definitions: [AggregateDefinition] {
        aggregates.compactMap { aggregate in
            guard case .call(let name, _, _, _) = aggregate.expression else { return nil }
            return AggregateLibrary.aggregate(named: name)
        }
    }

    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        var fields: [FieldSchema] = []
        for key in keys {
            let t = try checker.type(of: key.expression, in: &state)
            if fields.contains(where: { $0.name == key.columnName }) {
                throw .duplicateColumn(key.columnName, key.alias?.range ?? key.expression.range)
            }
            fields.append(FieldSchema(name: key.columnName, type: t))
        }
        for aggregate in computed ?? [] {
            let t = try checker.typeOfAggregate(aggregate.expression, in: &state)
            if fields.contains(where: { $0.name == aggregate.columnName }) {
                throw .duplicateColumn(aggregate.columnName, aggregate.alias?.range ?? aggregate.expression.range)
            }
            fields.append(FieldSchema(name: aggregate.columnName, type: t))
        }
        if computed == nil { fields.append(FieldSchema(name: "count", type: .number)) }
        state.rowType = .record(RecordSchema(fields: fields))
        state.rowsAreOriginal = false
        state.rowsAreGroups = true
        state.groupingStage = GroupByStage.signature.name
    }

    var runsRowByRow: Bool { false }

    var fixesColumns: Bool { true }

    /// Each batch is grouped where it was read, when every aggregate merges exactly
    /// (`Accumulator.mergesExactly`), and the batches' groups merged in input order.
    func partOnWorkers() -> BatchEnding? {
        let grouping = self.grouping
        guard grouping.definitions.count == grouping.aggregates.count, grouping.definitions.allSatisfy(\.mergesExactly)
        else { return nil }
        return .groups(grouping)
    }

    var grouping: Grouping { Grouping(keys: keys, aggregates: aggregates, definitions: definitions) }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(grouping, context.expressions, next: next)
    }

    /// Keys then aggregate arguments, left to right, for each row in turn.
    func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        let grouping = self.grouping
        var groups: [(key: [Value], accumulators: [any Accumulator])] = []
        var positions: [GroupingKey: Int] = [:]
        return ReferenceStep(
            push: { row, _ throws(RuntimeError) in
                var key: [Value] = []
                for k in grouping.keys { key.append(try expressions.evaluate(k.expression, row)) }
                let position =
                    positions[GroupingKey(.list(key))]
                    ?? {
                        groups.append((key, grouping.definitions.map { $0.makeAccumulator() }))
                        positions[GroupingKey(.list(key))] = groups.count - 1
                        return groups.count - 1
                    }()
                for (i, aggregate) in grouping.aggregates.enumerated() {
                    guard case .call(_, _, let arguments, let range) = aggregate.expression else { continue }
                    let argument = try arguments.first.map { argument throws(RuntimeError) in
                        try expressions.evaluate(argument, row)
                    }
                    try groups[position].accumulators[i].add(argument, at: range)
                }
                return true
            },
            finish: { emit throws(RuntimeError) in
                for group in groups {
                    guard try emit(Row(GroupByStage.record(of: group, grouping))) else { break }
                }
            })
    }

    var unsharedCopy: GroupByStage {
        GroupByStage(
            keys: keys.map(\.unsharedCopy), computed: computed?.map(\.unsharedCopy), keywordRange: keywordRange)
    }

    /// A group's row: its key columns, then its aggregates.
    static func record(of group: (key: [Value], accumulators: [any Accumulator]), _ grouping: Grouping) -> Value {
        var record = Record()
        for (k, value) in zip(grouping.keys, group.key) { record.appendUnchecked(k.columnName, value) }
        for (aggregate, accumulator) in zip(grouping.aggregates, group.accumulators) {
            record.appendUnchecked(aggregate.columnName, accumulator.result)
        }
        return .record(record)
    }

    /// What a thread needs to group rows as this stage does.
    struct Grouping: Sendable {
        let keys: [NamedExpression]
        let aggregates: [NamedExpression]
        let definitions: [AggregateDefinition]

        var unsharedCopy: Grouping {
            Grouping(
                keys: keys.map(\.unsharedCopy), aggregates: aggregates.map(\.unsharedCopy), definitions: definitions)
        }
    }

    final class Sink: RowSink {
        let grouping: Grouping
        private let compiled: CompiledGrouping
        let next: RowSink
        private var table = GroupTable()

        init(_ grouping: Grouping, _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.grouping = grouping
            self.compiled = CompiledGrouping(grouping, evaluator)
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            try compiled.fold(row, into: &table)
            return true
        }

        /// Groups folded on a worker thread from a batch of later rows (`PartialGroupBy`).
        override func merge(_ part: BatchPart) {
            guard case .groups(let later) = part else { return super.merge(part) }
            table.merge(later)
        }

        override func finish() throws(RuntimeError) {
            for group in table.groups {
                guard try next.push(Row(GroupByStage.record(of: group, grouping))) else { break }
            }
            table = GroupTable()
            try next.finish()
        }
    }
}
