/// `group by KEY, ... [compute AGG, ...]`: one row per distinct key in order of first appearance,
/// with the key columns then the aggregates; `count` alone when there is no `compute`
/// (docs/language.md, "Stages").
package struct GroupByStage: StageDefinition, Equatable {
    package let keys: [NamedExpression]
    /// As written; nil when there is no `compute`.
    package let computed: [NamedExpression]?
    /// Where `group by` was written: the place of the implicit `count()`.
    package let keywordRange: SourceRange

    package init(keys: [NamedExpression], computed: [NamedExpression]?, keywordRange: SourceRange) {
        self.keys = keys
        self.computed = computed
        self.keywordRange = keywordRange
    }

    package static let signature = StageSignature(
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

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> GroupByStage {
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

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
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

    package var runsRowByRow: Bool { false }

    package var fixesColumns: Bool { true }

    package var grouping: Grouping { Grouping(keys: keys, aggregates: aggregates, definitions: definitions) }

    /// Keys then aggregate arguments, left to right, for each row in turn.
    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
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

    /// A group's row: its key columns, then its aggregates.
    package static func record(of group: (key: [Value], accumulators: [any Accumulator]), _ grouping: Grouping) -> Value
    {
        var record = Record()
        for (k, value) in zip(grouping.keys, group.key) { record.appendUnchecked(k.columnName, value) }
        for (aggregate, accumulator) in zip(grouping.aggregates, group.accumulators) {
            record.appendUnchecked(aggregate.columnName, accumulator.result)
        }
        return .record(record)
    }

    /// What a thread needs to group rows as this stage does.
    package struct Grouping: Sendable {
        package let keys: [NamedExpression]
        package let aggregates: [NamedExpression]
        package let definitions: [AggregateDefinition]

        package init(keys: [NamedExpression], aggregates: [NamedExpression], definitions: [AggregateDefinition]) {
            self.keys = keys
            self.aggregates = aggregates
            self.definitions = definitions
        }
    }
}
