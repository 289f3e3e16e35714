/// A function of docs/language.md, "Functions" (`len`, `lower`, …): its arity, its help, its type and its body.
public struct FunctionDefinition: Sendable {
    public let name: String
    /// How many arguments it takes; `coalesce` takes one or more.
    public let arity: ClosedRange<Int>
    /// `join(list, sep)`, as `.help` shows it.
    public let signature: String
    public let summary: String
    /// Queries that show it at work, with their results: `.help` prints them and the test suite
    /// runs them.
    public let examples: [HelpExample]
    let resultType: @Sendable ([SchemaType]) -> SchemaType
    /// For `any` and `all`: the evaluators run the condition per element instead of `body`.
    package let quantifier: ListQuantifier?
    package let body: @Sendable ([Value], CallSite) throws(RuntimeError) -> Value

    init(
        name: String, arity: ClosedRange<Int>, signature: String, summary: String, examples: [HelpExample],
        resultType: @escaping @Sendable ([SchemaType]) -> SchemaType, quantifier: ListQuantifier? = nil,
        body: @escaping @Sendable ([Value], CallSite) throws(RuntimeError) -> Value
    ) {
        self.name = name
        self.arity = arity
        self.signature = signature
        self.summary = summary
        self.examples = examples
        self.resultType = resultType
        self.quantifier = quantifier
        self.body = body
    }

    /// "1 argument", "2 arguments", "1 or more arguments"
    var arityDescription: String {
        if arity.upperBound == Int.max { return "\(arity.lowerBound) or more arguments" }
        if arity.lowerBound == arity.upperBound {
            return "\(arity.lowerBound) argument" + (arity.lowerBound == 1 ? "" : "s")
        }
        return "\(arity.lowerBound) to \(arity.upperBound) arguments"
    }
}

/// Where a function was called, so its errors point at the offending argument.
package struct CallSite {
    let name: String
    let argumentRanges: [SourceRange]
    let range: SourceRange
    /// The statement's start time, which `now()` and `age(ts)` read (docs/language.md, "Time").
    let now: Timestamp

    package init(name: String, argumentRanges: [SourceRange], range: SourceRange, now: Timestamp) {
        self.name = name
        self.argumentRanges = argumentRanges
        self.range = range
        self.now = now
    }

    func argumentError(_ position: Int, expected: String, got value: Value) -> RuntimeError {
        .argumentType(function: name, expected: expected, got: value.typeName, argumentRange(position))
    }

    /// Where argument `position` is written; the whole call when it is not there.
    func argumentRange(_ position: Int) -> SourceRange {
        position < argumentRanges.count ? argumentRanges[position] : range
    }
}
