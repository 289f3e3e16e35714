/// `expand PATH [as NAME]`: one row per element of the list at PATH (docs/language.md, "Stages").
/// Rows whose list is null or empty produce none; a value that is not a list counts as a list of
/// itself, so no row with data disappears.
package struct ExpandStage: StageDefinition, Equatable {
    package let path: Expression
    package let alias: Name?

    package init(path: Expression, alias: Name?) {
        self.path = path
        self.alias = alias
    }

    package static let signature = StageSignature(
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

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> ExpandStage {
        let path = try parser.parseExpression()
        return ExpandStage(path: path, alias: try parser.parseAlias())
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
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
    package var runsRowByRow: Bool { true }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        let steps = path.fieldPath ?? []
        let target = alias.map { [$0.text] } ?? steps
        return ReferenceStep { row, emit throws(RuntimeError) in
            var list = row.value
            for name in steps { list = list.member(name) }
            for element in ExpandStage.elements(of: &list) ?? [] {
                var value = row.value
                value.set(target[...], to: element)
                guard try emit(Row(value, source: row.source)) else { return false }
            }
            return true
        }
    }

    /// A value that is not a list counts as a list of itself; null as no list.
    package static func elements(of value: inout Value) -> [Value]? {
        switch value {
        case .null: return nil
        case .list(let l): return l
        default: return [value]
        }
    }
}
