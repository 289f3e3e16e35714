/// The language's front door: parse a program, check one pipeline (the engine runs it:
/// `Evaluator`).
public enum Query {
    /// Parses program text; throws a `LexError` or `ParseError` with positions in `source`.
    public static func parse(_ source: SourceFile) throws -> Program {
        var parser = Parser(source: source)
        return try parser.parse()
    }

    /// Checks a pipeline against `supplier.declaredSchema` first, and only when that fails against
    /// `supplier.schema`, which may mean reading all the data. The result is the same as checking
    /// against `schema` alone: widening a schema with the data only adds fields and loosens types
    /// to `any`, never taking a field or a list away, so whatever the declared schema accepts the
    /// widened one accepts too, and an error always comes from the widened one, with its
    /// suggestions. (The types of the rows do not change what a pipeline does.)
    /// Reading the data may fail (malformed data): that error is thrown instead.
    public static func check(
        _ pipeline: Pipeline, on supplier: any RowSupplier, context: (Schema) -> CheckContext
    ) throws -> CheckedPipeline {
        do {
            return try Checker(context: context(supplier.declaredSchema)).check(pipeline)
        } catch {
            return try Checker(context: context(try supplier.readSchema())).check(pipeline)
        }
    }
}
