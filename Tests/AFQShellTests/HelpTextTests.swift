import AFQQuery
import Testing

@testable import AFQShell

/// `.help`'s pages: one for every word and group, generated from the stage, function and
/// aggregate catalogues, and wrapped to the terminal's width.
@Suite struct HelpTextTests {
    @Test(arguments: [
        "compute", "aggregates", "operators", "variables", "functions", "stages", "commands", "exit", "quit",
        "$source", "$it", "$owner",
    ])
    func hasAPageFor(topic: String) {
        #expect(HelpText.text(for: topic) != nil)
    }

    /// The group pages come from the catalogues, so a new stage, function or aggregate is listed
    /// without anyone editing the help.
    @Test func groupPagesListEveryMemberOfTheirCatalogue() throws {
        let stages = try #require(HelpText.text(for: "stages"))
        #expect(StageLibrary.signatures.allSatisfy { stages.contains("  " + $0.syntax) })
        let functions = try #require(HelpText.text(for: "functions"))
        #expect(FunctionLibrary.all.allSatisfy { functions.contains("  " + $0.signature + " ") })
        let aggregates = try #require(HelpText.text(for: "compute"))
        #expect(AggregateLibrary.all.allSatisfy { aggregates.contains("  " + $0.signature + " ") })
        let operators = try #require(HelpText.text(for: "operators"))
        #expect(HelpText.operators.allSatisfy { operators.contains("  " + $0.0 + " ") })
    }

    @Test func aVariableShowsTheVariablesRatherThanTheSourceCommand() throws {
        let text = try #require(HelpText.text(for: "$source"))
        #expect(text.contains("$source.region"))
        #expect(!text.contains(".source PATH"))
    }

    /// Both the stage and the aggregate named `count`.
    @Test func aWordNamingSeveralThingsShowsEach() throws {
        let text = try #require(HelpText.text(for: "count"))
        #expect(text.contains("a single number: how many rows reached it"))
        #expect(text.contains("(aggregate, after compute)"))
    }

    /// `compute` is both `group by`'s clause and a stage: its page shows both, with an example
    /// of each; `percent` finds `percent of`.
    @Test func computeShowsTheClauseAndTheStage() throws {
        let text = try #require(HelpText.text(for: "compute"))
        #expect(text.contains("group by KEY, ... compute AGG [as NAME], ..."))
        #expect(text.contains("\ncompute AGG [as NAME], ...\n"))
        #expect(text.contains("connectors | compute count() as total"))
        let percent = try #require(HelpText.text(for: "percent"))
        #expect(percent.hasPrefix("percent of EXPR [as NAME]"))
    }

    @Test func topicsAreWholeWordsOnceEach() {
        let topics = HelpText.topics
        #expect(Set(topics).count == topics.count)
        #expect(!topics.contains { $0.hasSuffix(",") })
        #expect(topics.contains("exit") && topics.contains("quit") && topics.contains("$source"))
    }

    /// Wrapped to 60 columns: no line longer, no word lost, descriptions continued under
    /// themselves, and example queries broken only after `|` or `,`, so they still run when pasted.
    @Test func wrapsToTheTerminalWidth() throws {
        for topic in [nil, "operators", "commands", "group by", "variables"] as [String?] {
            let plain = try #require(HelpText.text(for: topic))
            let wrapped = try #require(HelpText.text(for: topic, width: 60))
            let lines = wrapped.split(separator: "\n")
            for line in lines where line.count > 60 {
                #expect(!line.dropFirst().drop { $0 == " " }.contains(" "), "a long line with spaces: \(line)")
            }
            #expect(plain.filter { !$0.isWhitespace } == wrapped.filter { !$0.isWhitespace })
        }
        let operators = try #require(HelpText.text(for: "operators", width: 60))
        let indent = String(repeating: " ", count: 26)
        #expect(
            operators.contains(
                "  == !=" + String(repeating: " ", count: 19) + "deep equality; a timestamp equals\n" + indent
                    + "a string"))
        let groupBy = try #require(HelpText.text(for: "group by", width: 40))
        let queryLines = groupBy.split(separator: "\n").drop { $0 != "examples:" }.dropFirst()
            .prefix { !$0.hasPrefix("  →") }
        #expect(queryLines.count > 1)
        #expect(queryLines.dropLast().allSatisfy { $0.hasSuffix("|") || $0.hasSuffix(",") })
    }

    @Test func keepsTheLastLineWithOrWithoutANewline() {
        let long = "  name                    " + Array(repeating: "word", count: 30).joined(separator: " ")
        for text in [long, long + "\n", "first\n" + long] {
            let wrapped = HelpWrapping.wrap(text, width: 40)
            #expect(wrapped.filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
            #expect(wrapped.hasSuffix("\n") == text.hasSuffix("\n"))
            #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 40 })
        }
    }

    @Test func leavesTextAloneWithoutATerminal() {
        #expect(HelpText.text(for: "operators", width: nil) == HelpText.text(for: "operators"))
    }
}
