/// `select ITEM, ...`: each row becomes a record of the given columns, in order (docs/language.md,
/// "Stages").
package struct SelectStage: StageDefinition, Equatable {
    package let items: [SelectItem]

    package init(items: [SelectItem]) {
        self.items = items
    }

    package static let signature = StageSignature(
        name: "select", syntax: "select ITEM [as NAME], ...",
        summary: "make each row a record of the given columns, in order (`*`: all)", argument: .expressions,
        examples: [
            HelpExample(
                "connectors | select connectorType, authenticationConfig.isOAuth2Supported as oauth | limit 3",
                #"""
                {"connectorType":"Salesforce","oauth":true}
                {"connectorType":"Singular","oauth":false}
                {"connectorType":"Slack","oauth":true}
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> SelectStage {
        SelectStage(
            items: try parser.parseList { parser throws in
                if parser.current.isSymbol(.star) {
                    let range = parser.current.range
                    parser.advance()
                    return .all(range)
                }
                return .column(try parser.parseNamed())
            })
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        // The names so far in a set: a `select` of thousands of columns checks each name once
        // instead of against every column before it.
        var fields: [FieldSchema] = []
        var names: Set<String> = []
        var keepsWholeRows = false
        for item in items {
            switch item {
            case .all:
                keepsWholeRows = true
                if state.rowsAreOriginal { state.demandsEverything = true }
                if case .record(let r) = state.rowType {
                    fields.append(contentsOf: r.fields)
                    names.formUnion(r.fields.map(\.name))
                }
            case .column(let named):
                let t = try checker.type(of: named.expression, in: &state)
                if let alias = named.alias, names.contains(alias.text) {
                    throw .duplicateColumn(alias.text, alias.range)
                }
                if named.alias == nil, names.contains(named.columnName) {
                    throw .duplicateColumn(named.columnName, named.expression.range)
                }
                names.insert(named.columnName)
                fields.append(FieldSchema(name: named.columnName, type: t))
            }
        }
        let isOpen = keepsWholeRows && state.rowType == .any
        state.rowType = isOpen ? .any : .record(RecordSchema(fields: fields))
        if !keepsWholeRows { state.rowsAreOriginal = false }
    }

    package var runsRowByRow: Bool { true }

    package var fixesColumns: Bool {
        !items.contains { if case .all = $0 { return true } else { return false } }
    }

    /// Columns in order; `*` puts the row's own fields there, and a later column of the same
    /// name replaces an earlier one in its place.
    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        .mapping { row throws(RuntimeError) in
            var record = RecordBuilder()
            for item in items {
                switch item {
                case .all:
                    if case .record(let fields) = row.value {
                        for (key, value) in fields.fields { record.set(key, value) }
                    }
                case .column(let named):
                    record.set(named.columnName, try expressions.evaluate(named.expression, row))
                }
            }
            return .record(record.record)
        }
    }
}
