/// `compute AGG [as NAME], ...`: one row of aggregates over every row that reaches it, as if the
/// rows were one group of `group by … compute` (docs/language.md, "Stages"). It gives its row even
/// when no row reaches it, as SQL's aggregates without GROUP BY do: each aggregate's value for no
/// rows (`count()` and `sum` 0, `collect` and `distinct` empty, `min`, `max` and `avg` null).
package struct ComputeStage: StageDefinition, Equatable {
    /// As written, each an aggregate call once checked.
    let aggregates: [NamedExpression]

    package static let signature = StageSignature(
        name: "compute", syntax: "compute AGG [as NAME], ...",
        summary: "one row of aggregates over all the rows, even when there are none",
        argument: .groupKeys,
        examples: [
            HelpExample(
                "connectors | compute count() as total, min(registeredAt) as oldest, max(registeredAt) as newest",
                #"""
                {"total":30,"oldest":"2023-03-14T16:26:53.589Z","newest":"2024-04-08T12:21:52Z"}
                """#),
            HelpExample(
                "connectors | where connectorType == \"Nothing\" | compute count(), sum(len(supportedOperators)), max(registeredAt)",
                #"""
                {"count()":0,"sum(len(supportedOperators))":0,"max(registeredAt)":null}
                """#),
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> ComputeStage {
        ComputeStage(aggregates: try parser.parseList { try $0.parseNamed() })
    }

    /// The same rules as the aggregates of `group by … compute`: each must be an aggregate, and
    /// no two columns may share a name. The row made sums up all the rows, so it has no `$source`.
    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        var fields: [FieldSchema] = []
        for aggregate in aggregates {
            let t = try checker.typeOfAggregate(aggregate.expression, in: &state)
            if fields.contains(where: { $0.name == aggregate.columnName }) {
                throw .duplicateColumn(aggregate.columnName, aggregate.alias?.range ?? aggregate.expression.range)
            }
            fields.append(FieldSchema(name: aggregate.columnName, type: t))
        }
        state.rowType = .record(RecordSchema(fields: fields))
        state.rowsAreOriginal = false
        state.rowsAreGroups = true
        state.groupingStage = ComputeStage.signature.name
    }

    package var runsRowByRow: Bool { false }

    package var fixesColumns: Bool { true }

    /// Each aggregate's argument for each row in turn, left to right; the row at the end.
    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        var folds: [(name: String, argument: Expression?, range: SourceRange, accumulator: any Accumulator)] = []
        for aggregate in aggregates {
            guard case .call(let name, _, let arguments, let range) = aggregate.expression,
                let definition = AggregateLibrary.aggregate(named: name)
            else { continue }
            folds.append((aggregate.columnName, arguments.first, range, definition.makeAccumulator()))
        }
        return ReferenceStep(
            push: { row, _ throws(RuntimeError) in
                for i in folds.indices {
                    let argument = try folds[i].argument.map { argument throws(RuntimeError) in
                        try expressions.evaluate(argument, row)
                    }
                    try folds[i].accumulator.add(argument, at: folds[i].range)
                }
                return true
            },
            finish: { emit throws(RuntimeError) in
                var record = Record()
                for fold in folds { record.appendUnchecked(fold.name, fold.accumulator.result) }
                _ = try emit(Row(.record(record)))
            })
    }
}
