/// Checks a pipeline before it runs (afq-language §6, static checks): every field path against
/// the shape of the rows at that stage, every function, aggregate, variable and format name.
/// It also works out which top-level keys the pipeline reads (`FieldDemand`).
public struct Checker {
    let context: CheckContext

    public init(context: CheckContext) {
        self.context = context
    }

    public func check(_ pipeline: Pipeline) throws(CheckError) -> CheckedPipeline {
        var state = State(rowType: .record(context.schema.row))
        var rowTypes: [SchemaType] = []
        var outputFormat: String? = nil
        for stage in pipeline.stages {
            rowTypes.append(state.rowType)
            switch stage.kind {
            case .where(let condition):
                _ = try type(of: condition, in: &state)
            case .select(let items):
                var fields: [FieldSchema] = []
                var keepsWholeRows = false
                for item in items {
                    switch item {
                    case .all:
                        keepsWholeRows = true
                        if state.rowsAreOriginal { state.demandsEverything = true }
                        if case .record(let r) = state.rowType { fields.append(contentsOf: r.fields) }
                    case .column(let named):
                        let t = try type(of: named.expression, in: &state)
                        if let alias = named.alias, fields.contains(where: { $0.name == alias.text }) {
                            throw .duplicateColumn(alias.text, alias.range)
                        }
                        if named.alias == nil, fields.contains(where: { $0.name == named.columnName }) {
                            throw .duplicateColumn(named.columnName, named.expression.range)
                        }
                        fields.removeAll { $0.name == named.columnName }
                        fields.append(FieldSchema(name: named.columnName, type: t))
                    }
                }
                let isOpen = keepsWholeRows && state.rowType == .any
                state.rowType = isOpen ? .any : .record(RecordSchema(fields: fields))
                if !keepsWholeRows { state.rowsAreOriginal = false }
            case .reject(let paths):
                for path in paths {
                    guard let steps = path.fieldPath else { throw .notAPath(stage: "reject", path.range) }
                    _ = try type(of: path, in: &state)
                    state.rowType = state.rowType.removing(steps)
                }
            case .get(let expression):
                state.rowType = try type(of: expression, in: &state)
                state.rowsAreOriginal = false
            case .sortBy(let keys):
                for key in keys { _ = try type(of: key.expression, in: &state) }
            case .limit(let n):
                try checkCount(n, stage: "limit", in: &state)
            case .skip(let n):
                try checkCount(n, stage: "skip", in: &state)
            case .count:
                state.rowType = .number
                state.rowsAreOriginal = false
            case .distinct:
                if state.rowsAreOriginal { state.demandsEverything = true }
            case .expand(let path, let alias):
                guard let steps = path.fieldPath else { throw .notAPath(stage: "expand", path.range) }
                let listType = try type(of: path, in: &state)
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
            case .groupBy(let keys, let aggregates):
                var fields: [FieldSchema] = []
                for key in keys {
                    let t = try type(of: key.expression, in: &state)
                    if fields.contains(where: { $0.name == key.columnName }) {
                        throw .duplicateColumn(key.columnName, key.alias?.range ?? key.expression.range)
                    }
                    fields.append(FieldSchema(name: key.columnName, type: t))
                }
                for aggregate in aggregates ?? [] {
                    let t = try typeOfAggregate(aggregate.expression, in: &state)
                    if fields.contains(where: { $0.name == aggregate.columnName }) {
                        throw .duplicateColumn(aggregate.columnName, aggregate.alias?.range ?? aggregate.expression.range)
                    }
                    fields.append(FieldSchema(name: aggregate.columnName, type: t))
                }
                if aggregates == nil { fields.append(FieldSchema(name: "count", type: .number)) }
                state.rowType = .record(RecordSchema(fields: fields))
                state.rowsAreOriginal = false
                state.rowsAreGroups = true
            case .to(let format):
                guard context.outputFormats.isEmpty || context.outputFormats.contains(format.text) else {
                    throw .unknownFormat(
                        format.text, suggestion: Suggestions.didYouMean(format.text, in: context.outputFormats),
                        known: context.outputFormats, format.range)
                }
                outputFormat = format.text
            }
        }
        rowTypes.append(state.rowType)
        let demand: FieldDemand =
            (state.rowsAreOriginal || state.demandsEverything)
            ? .all : FieldDemand(paths: state.demandedPaths, membershipTests: state.membershipTests)
        return CheckedPipeline(pipeline: pipeline, demand: demand, outputFormat: outputFormat, rowTypes: rowTypes)
    }

    /// What the checker tracks from stage to stage.
    struct State {
        var rowType: SchemaType
        /// True while the rows are still the source's own records (possibly filtered or expanded).
        var rowsAreOriginal = true
        /// After `group by`: a row is a group, which has no `$source` of its own.
        var rowsAreGroups = false
        var demandsEverything = false
        /// The row paths the pipeline reads (`authenticationConfig.isOAuth2Supported`).
        var demandedPaths: [[String]] = []
        /// Row paths read only by `path contains "text"` or `"text" in path`, with the text.
        var membershipTests: [(path: [String], text: String)] = []
        /// Set while typing the base of a path already recorded whole.
        var recordsDemand = true
    }

    private func checkCount(_ n: Expression, stage: String, in state: inout State) throws(CheckError) {
        switch n {
        case .literal(.number(let value), let r):
            guard value >= 0, value == value.rounded() else { throw .notACount(stage: stage, r) }
        case .variable:
            _ = try type(of: n, in: &state)
        default:
            throw .notACount(stage: stage, n.range)
        }
    }
}
