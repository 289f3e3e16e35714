/// The language's front door: parse a program, check one pipeline, run it.
public enum Query {
    /// Parses program text; throws a `LexError` or `ParseError` with positions in `source`.
    public static func parse(_ source: SourceFile) throws -> Program {
        var parser = Parser(source: source)
        return try parser.parse()
    }

    /// Checks and runs one pipeline over `supplier`'s rows.
    public static func run(
        _ pipeline: Pipeline, on supplier: any RowSupplier, context: CheckContext, evaluator: Evaluator
    ) throws -> (values: [Value], checked: CheckedPipeline) {
        let checked = try Checker(context: context).check(pipeline)
        return (try evaluator.run(checked, on: supplier), checked)
    }
}
