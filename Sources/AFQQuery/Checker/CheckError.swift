/// Problems found before anything runs (docs/language.md, "Errors").
public enum CheckError: Error, Equatable, DiagnosticConvertible {
    case unknownField(String, suggestion: String?, SourceRange)
    case noFields(String, typeName: String, SourceRange)
    case rowsAreNotRecords(String, typeName: String, SourceRange)
    case unknownFunction(String, suggestion: String?, SourceRange)
    case wrongArgumentCount(String, expected: String, got: Int, SourceRange)
    case aggregateOutsideCompute(String, SourceRange)
    case notAnAggregate(SourceRange)
    case unknownVariable(String, suggestion: String?, SourceRange)
    case unknownFormat(String, suggestion: String?, known: [String], SourceRange)
    case notAPath(stage: String, SourceRange)
    case notACount(stage: String, SourceRange)
    case duplicateColumn(String, SourceRange)
    case notAList(stage: String, typeName: String, SourceRange)
    /// A stage that totals a value (`percent of`) given one known not to be a number.
    case notANumber(stage: String, typeName: String, SourceRange)
    /// A stage that adds a column (`percent of`) where the rows are known not to be records.
    case rowsAreNotRecordsFor(stage: String, typeName: String, SourceRange)
    case notAColumn(String, columns: [String], SourceRange)
    /// A comparison whose types make it never true (or never false), e.g. a list `==` a string.
    case comparisonNeverTrue(String, label: String, help: String, SourceRange)
    /// Operands whose types cannot meet, e.g. a duration compared with or added to a number
    /// (docs/language.md, "Time").
    case mixedTypes(String, label: String, help: String, SourceRange)
    /// `$source` read after `group by` or `compute` (`stage`), whose rows are groups without
    /// provenance.
    case sourceOfGroups(String, hasColumn: Bool, stage: String, SourceRange)
    /// A pattern of `=~` or `!~` that does not compile, written in the query or given as a parameter.
    case invalidRegex(RegexSyntaxError, SourceRange)

    public var diagnostic: Diagnostic {
        switch self {
        case .unknownField(let name, let suggestion, let r):
            return Diagnostic("unknown field `\(name)`", at: r, label: suggestion ?? "no such field here")
        case .notAColumn(let name, let columns, let r):
            return Diagnostic(
                "unknown field `\(name)`", at: r, label: "not a column after `select`, `group by` or `compute`",
                notes: ["the columns here are: " + columns.joined(separator: ", ")])
        case .notAList(let stage, let typeName, let r):
            return Diagnostic(
                "`\(stage)` needs a list, but this is a \(typeName)", at: r, label: "not a list")
        case .notANumber(let stage, let typeName, let r):
            return Diagnostic(
                "`\(stage)` needs a number, but this is a \(typeName)", at: r, label: "not a number",
                notes: ["e.g. `group by connectorType | \(stage) count`, or `\(stage) len(supportedWriteOperations)`"])
        case .rowsAreNotRecordsFor(let stage, let typeName, let r):
            return Diagnostic(
                "`\(stage)` adds a column, but each row is a \(typeName) here", at: r, label: "rows are not records",
                notes: ["make each row a record first, e.g. `select $it as value | \(stage) value`"])
        case .noFields(let name, let typeName, let r):
            return Diagnostic(
                "a \(typeName) has no field `\(name)`", at: r, label: "fields can only be read from records")
        case .rowsAreNotRecords(let name, let typeName, let r):
            return Diagnostic(
                "unknown field `\(name)`: rows are \(typeName)s here", at: r,
                label: "the rows are no longer records; use `$it` for the value itself")
        case .unknownFunction(let name, let suggestion, let r):
            return Diagnostic(
                "unknown function `\(name)`", at: r, label: suggestion ?? "not a function",
                notes: ["functions are: " + FunctionLibrary.names.joined(separator: ", ")])
        case .wrongArgumentCount(let name, let expected, let got, let r):
            let signature =
                FunctionLibrary.function(named: name)?.signature ?? AggregateLibrary.aggregate(named: name)?.signature
            return Diagnostic(
                "`\(name)` takes \(expected), but \(got) \(got == 1 ? "was" : "were") given", at: r,
                label: signature.map { "usage: \($0)" } ?? "wrong number of arguments")
        case .aggregateOutsideCompute(let name, let r):
            return Diagnostic(
                "`\(name)` is an aggregate", at: r,
                label: "aggregates are used after `compute`, alone or in `group by`")
        case .notAnAggregate(let r):
            return Diagnostic(
                "expected an aggregate after `compute`", at: r,
                label: "e.g. `count()`, `sum(x)`, `collect(x)`",
                notes: ["aggregates are: " + AggregateLibrary.names.map { "\($0)()" }.joined(separator: ", ")])
        case .unknownVariable(let name, let suggestion, let r):
            return Diagnostic(
                "unknown variable `$\(name)`", at: r,
                label: suggestion ?? "set it with `--param \(name)=VALUE` or `.param \(name) VALUE`")
        case .unknownFormat(let name, let suggestion, let known, let r):
            return Diagnostic(
                "unknown output format `\(name)`", at: r, label: suggestion ?? "not a format",
                notes: ["formats are: " + known.joined(separator: ", ")])
        case .notAPath(let stage, let r):
            return Diagnostic("`\(stage)` takes a field path", at: r, label: "e.g. `supportedWriteOperations`")
        case .notACount(let stage, let r):
            return Diagnostic(
                "`\(stage)` takes a whole number of rows", at: r, label: "expected a number such as `10`")
        case .sourceOfGroups(let path, _, "compute", let r):
            let name = String((path.split(separator: ".").last ?? "source").drop { $0 == "$" })
            return Diagnostic(
                "`\(path)` after `compute` is not the rows' provenance", at: r,
                label: "the row sums up all the rows, which have no one provenance",
                notes: ["aggregate it in `compute` instead: `compute distinct(\(path)) as \(name)s`"])
        case .sourceOfGroups(let path, let hasColumn, _, let r):
            let name = String((path.split(separator: ".").last ?? "source").drop { $0 == "$" })
            let help =
                hasColumn
                ? "name the group's column with `as`: `group by … \(path) as \(name)`, then write `\(name)`"
                : "group by it and name the column: `group by … \(path) as \(name)`, then write `\(name)`"
            return Diagnostic(
                "`\(path)` after `group by` is not the rows' provenance", at: r,
                label: hasColumn
                    ? "this reads the provenance of a group, which has none, not the column named `\(path)`"
                    : "groups have no provenance", notes: [help])
        case .comparisonNeverTrue(let message, let label, let help, let r),
            .mixedTypes(let message, let label, let help, let r):
            return Diagnostic(message, at: r, label: label, notes: [help])
        case .invalidRegex(let error, let r):
            return error.diagnostic(at: r)
        case .duplicateColumn(let name, let r):
            return Diagnostic("duplicate column `\(name)`", at: r, label: "give it another name with `as`")
        }
    }
}
