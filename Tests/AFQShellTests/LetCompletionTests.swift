import AFQModel
import AFQQuery
@testable import AFQShell
import Testing

/// Completion inside `let $NAME = PIPELINE` works as in a pipeline of its own.
@Suite struct LetCompletionTests {
    struct ModelSource: CompletionSource {
        var completionSchema: Schema { ConnectorConfiguration.schema }
        var parameterNames: [String] { ["targets"] }
        func observedValues(at path: [String]) -> [String] { [] }
    }

    let completer = Completer(source: ModelSource())

    @Test(arguments: [
        ("let $targets = con", ["connectors"]),
        ("let $targets = ", ["changes", "connectors"]),
        ("let $t = connectors | s", ["select", "skip", "sort by"]),
        ("let $t = connectors | where connectorTy", ["connectorType"]),
    ])
    func completesThePipelineOfALet(text: String, expected: [String]) {
        #expect(completer.complete(text).candidates == expected)
    }

    @Test func findsThePipelineAfterTheEquals() {
        #expect(Completer.pipelineOfLet("let $t = connectors") == "connectors")
        #expect(Completer.pipelineOfLet("let $t =") == "")
        #expect(Completer.pipelineOfLet("let $t == x") == nil)
        #expect(Completer.pipelineOfLet("letter") == nil)
        #expect(Completer.pipelineOfLet("connectors | where let") == nil)
    }
}

/// The shell keeps reading after a line that ends with a `let`'s `=`.
@Suite struct LetContinuationTests {
    @Test func aLineEndingWithTheEqualsOfALetNeedsMore() {
        #expect(StatementAccumulator.needsMore("let $targets ="))
        #expect(!StatementAccumulator.needsMore("let $targets = connectors"))
    }
}
