import AFQQuery
import AFQTestSupport
import Foundation
import Testing

@testable import AFQShell

/// The baseline of `changes` in a session: `.baseline` set, shown and dropped, the error without
/// one, and completion of the change rows' fields (docs/changes.md).
@Suite struct BaselineSessionTests {
    static let current = BinaryRunner.packageRoot.appendingPathComponent("examples/data/inventory-2026-12.jsonl").path
    static let baseline = BinaryRunner.packageRoot.appendingPathComponent("examples/data/inventory-2026-11.jsonl").path

    func session() -> (Session, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(
            selection: .recorded(paths: [Self.current]), loader: RecordedDataLoader(), output: output, errors: errors)
        return (session, output, errors)
    }

    @Test func changesWithoutABaselineIsAQueryErrorThatSaysHowToGiveOne() {
        let (session, output, errors) = session()
        #expect(session.run("changes | count", name: "q") == .finished(.queryError))
        #expect(output.text == "")
        #expect(errors.text.contains("`changes` compares the data with a baseline, and none is given"))
        #expect(errors.text.contains("`--baseline FILE`"))
        #expect(errors.text.contains("`.baseline FILE`"))
    }

    @Test func baselineCommandSetsShowsAndDropsTheBaseline() {
        let (session, output, errors) = session()
        session.run(".baseline", name: "q")
        let none = "no baseline: `changes` needs one (.baseline PATH)\n"
        #expect(output.text == none)
        session.run(".baseline \(Self.baseline)\n.baseline\nchanges | group by change | sort by change", name: "q")
        #expect(
            output.text
                == """
                \(none)baseline: \(Self.baseline)
                change   count
                ───────  ─────
                added        2
                changed      5
                removed      2

                """)
        #expect(errors.text == "")
        let shown = output.text
        #expect(session.run(".baseline off\nchanges | count", name: "q") == .finished(.queryError))
        #expect(output.text == shown)
    }

    @Test func aBaselineThatCannotBeOpenedIsADataErrorWhereItIsNamed() {
        let (session, _, errors) = session()
        #expect(session.run(".baseline /no/such/inventory.jsonl", name: "q") == .finished(.dataError))
        #expect(errors.text.contains("/no/such/inventory.jsonl"))
        #expect(session.baselineSelection == nil)
    }

    @Test func staticErrorsInChangesAreFoundBeforeAnythingRuns() {
        let (session, output, errors) = session()
        session.run(".baseline \(Self.baseline)", name: "q")
        let outcome = session.run("changes | count; changes | where after.conectorName == \"x\"", name: "q")
        #expect(outcome == .finished(.queryError))
        #expect(output.text == "")
        #expect(errors.text.contains("did you mean `connectorName`?"))
    }

    @Test(arguments: [
        ("changes | where aft", ["after."]),
        ("changes | where after.supportedW", ["after.supportedWriteOperations"]),
        ("changes | where before.authenticationConfig.oAuth2D", ["before.authenticationConfig.oAuth2Defaults."]),
        ("changes | where change == \"ad", ["\"added\""]),
        ("changes | where connectorT", ["connectorType"]),
        ("connectors | where aft", []),
    ])
    func completesTheFieldsOfChangeRows(text: String, expected: [String]) {
        let (session, _, _) = session()
        #expect(Completer(source: session).complete(text).candidates == expected)
    }
}
