/// `percent of EXPR [as NAME]`: each row with one more column, NAME (`percent` unless named),
/// holding its share of the total of EXPR over all the rows, in percent (docs/language.md,
/// "Stages"): `group by connectorType | percent of count` gives each type's share.
///
/// The share keeps full precision, so shares add up to 100 and sort exactly; `round(percent, 1)`
/// shortens it for a report. A null EXPR adds nothing to the total and gets a null share; when
/// the total is 0 every share is null, as SQL's `x / NULLIF(total, 0)` gives.
package struct PercentStage: StageDefinition, Equatable {
    let expression: Expression
    let alias: Name?
    /// Where `percent of` was written: the caret of errors about the rows, not about EXPR.
    let keywordRange: SourceRange

    /// The column added when there is no `as`.
    static let defaultColumnName = "percent"

    package static let signature = StageSignature(
        name: "percent of", syntax: "percent of EXPR [as NAME]",
        summary: "add each row's share of EXPR's total over all the rows, in percent (column `percent`)",
        argument: .expressions,
        examples: [
            HelpExample(
                "connectors | group by canUseAsSource, canUseAsDestination | percent of count",
                #"""
                {"canUseAsSource":true,"canUseAsDestination":true,"count":8,"percent":26.666666666666668}
                {"canUseAsSource":true,"canUseAsDestination":false,"count":14,"percent":46.666666666666664}
                {"canUseAsSource":false,"canUseAsDestination":true,"count":8,"percent":26.666666666666668}
                """#),
            HelpExample(
                "connectors | group by connectorOwner | percent of count as share | select connectorOwner, round(share, 1) as share",
                #"""
                {"connectorOwner":"AWS","share":76.7}
                {"connectorOwner":"Example Partner Inc.","share":13.3}
                {"connectorOwner":"Acme Data Platform","share":6.7}
                {"connectorOwner":"AWS Samples","share":3.3}
                """#),
        ])

    var columnName: String { alias?.text ?? PercentStage.defaultColumnName }

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> PercentStage {
        let expression = try parser.parseExpression()
        return PercentStage(expression: expression, alias: try parser.parseAlias(), keywordRange: keyword)
    }

    /// EXPR must be a number where its type is known, and the rows records, since a column is
    /// added to them; the column must not take the name of one they have.
    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        let t = try checker.type(of: expression, in: &state)
        switch t {
        case .number, .any: break
        default: throw .notANumber(stage: PercentStage.signature.name, typeName: t.displayName, expression.range)
        }
        switch state.rowType {
        case .record(var record):
            if record.field(named: columnName) != nil {
                throw .duplicateColumn(columnName, alias?.range ?? keywordRange)
            }
            record.fields.append(FieldSchema(name: columnName, type: .number))
            state.rowType = .record(record)
        case .any: break
        case let other:
            throw .rowsAreNotRecordsFor(
                stage: PercentStage.signature.name, typeName: other.displayName, keywordRange)
        }
    }

    package var runsRowByRow: Bool { false }

    /// Every row is held, with its value of EXPR, until the total is known at the end; a row that
    /// is not a record or whose EXPR is not a number stops the query there, named by its position
    /// among the rows reaching the stage (1 for the first).
    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        let expression = self.expression
        let columnName = self.columnName
        let keywordRange = self.keywordRange
        let stage = PercentStage.signature.name
        var held: [(row: Row, value: Double?)] = []
        var total = 0.0
        return ReferenceStep(
            push: { row, _ throws(RuntimeError) in
                let position = held.count + 1
                guard case .record = row.value else {
                    throw .invalidArgument(
                        function: stage, message: "row \(position) is a \(row.value.typeName), not a record",
                        label: "`\(stage)` adds a column, so the rows must be records", keywordRange)
                }
                switch try expressions.evaluate(expression, row) {
                case .number(let n):
                    total += n
                    held.append((row, n))
                case .null:
                    held.append((row, nil))
                case let other:
                    throw .invalidArgument(
                        function: stage, message: "row \(position) gives a \(other.typeName), not a number",
                        label: "`\(stage)` totals numbers; a null gets a null share", expression.range)
                }
                return true
            },
            finish: { emit throws(RuntimeError) in
                for (row, value) in held {
                    let share: Value = value.map { total == 0 ? .null : .number($0 * 100 / total) } ?? .null
                    guard try emit(Row(PercentStage.adding(columnName, share, to: row.value), source: row.source))
                    else { break }
                }
                held = []
            })
    }

    /// The record with `name` set to `value`: added at the end, or in its place when data the
    /// schema did not know already has a key of that name.
    static func adding(_ name: String, _ value: Value, to row: Value) -> Value {
        guard case .record(var record) = row else { return row }
        if let index = record.index(of: name) {
            record.replaceValue(at: index, with: value)
        } else {
            record.appendUnchecked(name, value)
        }
        return .record(record)
    }
}
