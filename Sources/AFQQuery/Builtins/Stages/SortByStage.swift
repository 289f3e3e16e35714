/// `sort by EXPR [asc|desc], ...`: a stable sort in the total order of docs/language.md,
/// "Values"; in `desc` the whole order reverses, so nulls come first.
package struct SortByStage: StageDefinition, Equatable {
    package let keys: [SortKey]

    package init(keys: [SortKey]) {
        self.keys = keys
    }

    package static let signature = StageSignature(
        name: "sort by", syntax: "sort by EXPR [asc|desc], ...",
        summary: "stable sort; nulls last ascending, first descending", argument: .sortKeys,
        examples: [
            HelpExample(
                "connectors | sort by len(supportedDestinationConnectors) desc, connectorType | select connectorType | limit 3",
                #"""
                {"connectorType":"Pardot"}
                {"connectorType":"Salesforce"}
                {"connectorType":"Dynatrace"}
                """#)
        ])

    package static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> SortByStage {
        SortByStage(
            keys: try parser.parseList { parser throws in
                let expression = try parser.parseExpression()
                var descending = false
                if parser.current.isWord("desc") {
                    descending = true
                    parser.advance()
                } else if parser.current.isWord("asc") {
                    parser.advance()
                }
                return SortKey(expression: expression, descending: descending)
            })
    }

    package func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError) {
        for key in keys { _ = try checker.type(of: key.expression, in: &state) }
    }

    package var runsRowByRow: Bool { false }

    package func referenceStep(_ expressions: ReferenceExpressions) -> ReferenceStep {
        var held: [(keys: [Value], row: Row)] = []
        return ReferenceStep(
            push: { row, _ throws(RuntimeError) in
                var values: [Value] = []
                for key in keys { values.append(try expressions.evaluate(key.expression, row)) }
                held.append((values, row))
                return true
            },
            finish: { emit throws(RuntimeError) in
                let sorted = held.enumerated().sorted { a, b in
                    SortByStage.precedes(a.element.keys, b.element.keys, keys) ?? (a.offset < b.offset)
                }
                for entry in sorted where !(try emit(entry.element.row)) { break }
            })
    }

    /// Whether a row with key values `a` comes before one with `b`; nil when they tie.
    package static func precedes(_ a: [Value], _ b: [Value], _ keys: [SortKey]) -> Bool? {
        for i in keys.indices {
            let c = Value.sortOrder(a[i], b[i])
            if c != 0 { return keys[i].descending ? c > 0 : c < 0 }
        }
        return nil
    }
}
