/// A stage as people write and read it: the parser takes its keywords from here, completion its
/// argument, `.help` its syntax, summary and examples.
public struct StageSignature: Sendable {
    /// As written: `sort by`.
    public let name: String
    /// `sort by EXPR [asc|desc], ...`
    public let syntax: String
    public let summary: String
    /// What follows the keywords, for completion.
    public let argument: StageArgument
    /// Only the last stage of a pipeline may be this one (`to`).
    public let endsPipeline: Bool
    /// Queries over the bundled sample with their results: `.help` prints them and the test
    /// suite runs them.
    public let examples: [HelpExample]

    init(
        name: String, syntax: String, summary: String, argument: StageArgument, endsPipeline: Bool = false,
        examples: [HelpExample]
    ) {
        self.name = name
        self.syntax = syntax
        self.summary = summary
        self.argument = argument
        self.endsPipeline = endsPipeline
        self.examples = examples
    }

    /// The words of its name: `["sort", "by"]`.
    public var keywords: [String] { name.split(separator: " ").map(String.init) }
}
