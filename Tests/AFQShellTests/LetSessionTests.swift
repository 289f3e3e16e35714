import AFQQuery
@testable import AFQShell
import AFQTestSupport
import Testing

/// `let $NAME = PIPELINE` across the statements of a session (docs/language.md, "Let").
@Suite struct LetSessionTests {
    func session() -> (Session, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(selection: .bundledSample, loader: RecordedDataLoader(), output: output, errors: errors)
        return (session, output, errors)
    }

    static let bindTargets =
        "let $targets = connectors | where connectorType == \"Slack\" | get supportedDestinationConnectors"

    @Test func aBoundListIsUsedByLaterRunsOfTheSameSession() {
        let (session, output, errors) = session()
        #expect(session.run(Self.bindTargets, name: "one") == .finished(.success))
        #expect(output.text == "", "a let prints nothing")
        #expect(session.run("connectors | where connectorType in $targets | count", name: "two") == .finished(.success))
        #expect(output.text == "16\n")
        #expect(errors.text == "")
    }

    @Test func everyRowBeingAListJoinsThemOneLevel() {
        let (session, _, _) = session()
        session.run(Self.bindTargets, name: "q")
        guard case .list(let items)? = session.parameters["targets"] else {
            Issue.record("no list bound: \(String(describing: session.parameters["targets"]))")
            return
        }
        #expect(items.count == 10)
        #expect(items.first == .string("CustomerProfiles"))
    }

    @Test func rowsThatAreNotListsAreBoundAsTheList() {
        let (session, _, _) = session()
        session.run(
            "let $labels = connectors | where connectorOwner == \"AWS Samples\" | get connectorLabel", name: "q")
        #expect(session.parameters["labels"] == .list([.string("google-sheets")]))
    }

    @Test func aLetReplacesAParameterOfTheSameName() {
        let (session, output, _) = session()
        session.parameters["kind"] = .string("Slack")
        session.run("let $kind = connectors | where connectorType == \"S3\" | get connectorType", name: "q")
        session.run("connectors | where connectorType in $kind | get connectorName", name: "q")
        #expect(output.text.contains("Amazon S3"))
        #expect(!output.text.contains("Slack"))
    }

    @Test func theCheckerKnowsTheBoundType() {
        let (session, output, errors) = session()
        let outcome = session.run(Self.bindTargets + "\nconnectors | where $targets == \"S3\" | count", name: "q")
        #expect(outcome == .finished(.queryError))
        #expect(output.text == "")
        #expect(errors.text.contains("`$targets` is a list of string, so `== \"S3\"` is never true"))
    }

    @Test func aLetsPipelineIsCheckedBeforeEarlierStatementsRun() {
        let (session, output, errors) = session()
        let outcome = session.run("connectors | count; let $a = connectors | where nope", name: "q")
        #expect(outcome == .finished(.queryError))
        #expect(output.text == "")
        #expect(errors.text.contains("unknown field `nope`"))
        #expect(session.parameters["a"] == nil)
    }

    @Test func builtInNamesCannotBeBound() {
        let (session, _, errors) = session()
        #expect(session.run("let $it = connectors", name: "q") == .finished(.queryError))
        #expect(errors.text.contains("`$it` cannot be bound with `let`"))
    }

    @Test func paramsListsTheBoundNames() {
        let (session, output, _) = session()
        session.run(
            "let $labels = connectors | where connectorOwner == \"AWS Samples\" | get connectorLabel\n.params",
            name: "q")
        #expect(output.text.contains("labels"))
        #expect(output.text.contains("google-sheets"))
    }

    @Test func aResultOverTheLimitIsNotBound() {
        let rows = [Value.list([.number(1), .number(2)]), .list([.number(3)])]
        #expect(Session.boundValue(of: rows, limit: 3) == [.number(1), .number(2), .number(3)])
        #expect(Session.boundValue(of: rows, limit: 2) == nil)
        #expect(Session.boundValue(of: [.number(1), .number(2), .number(3)], limit: 2) == nil)
        #expect(Session.boundValue(of: [.number(1), .list([])], limit: 2) == [.number(1), .list([])])
        #expect(Session.boundValue(of: [], limit: 2) == [])
    }

    @Test func aResultOverTheLimitIsAQueryErrorAndBindsNothing() throws {
        let (session, _, _) = session()
        let text = "let $types = connectors | get connectorType"
        guard case .letBinding(let binding)? = try Query.parse(SourceFile(name: "q", text: text)).statements.first
        else {
            Issue.record("not a let")
            return
        }
        #expect(throws: LetError.tooLarge("types", limit: 5, SourceRange(0, 43))) {
            try session.executeLet(binding, limit: 5)
        }
        #expect(session.parameters["types"] == nil)
        #expect(
            LetError.tooLarge("types", limit: 5, SourceRange(0, 43)).diagnostic.message.contains("more than 5 items"))
        try session.executeLet(binding, limit: 30)
        #expect(session.parameters["types"].map { if case .list(let items) = $0 { items.count } else { 0 } } == 30)
    }
}
