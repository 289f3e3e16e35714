import AFQQuery
import AFQTestSupport
import Testing

@Suite struct CheckerTests {
    @Test func rejectsUnknownFieldWithSuggestion() {
        #expect(
            QueryHarness.diagnostic("connectors | where conectorName == \"Slack\"") == """
                error: unknown field `conectorName`
                 --> query:1:20
                  |
                1 | connectors | where conectorName == "Slack"
                  |                    ^^^^^^^^^^^^ did you mean `connectorName`?

                """)
    }

    @Test func checksNestedPaths() {
        let text = QueryHarness.diagnostic("connectors | get authenticationConfig.isOAuth2Suported")
        #expect(text?.contains("did you mean `isOAuth2Supported`?") == true)
        #expect(text?.contains("query:1:39") == true)
    }

    @Test func checksAgainstTheShapeSelectMade() {
        let text = QueryHarness.diagnostic("connectors | select connectorType as t | where connectorType == 1")
        #expect(text?.contains("unknown field `connectorType`") == true)
    }

    @Test func suggestsBackticksForDottedColumns() {
        let text = QueryHarness.diagnostic("connectors | select authenticationConfig.isOAuth2Supported | where authenticationConfig")
        #expect(text?.contains("`authenticationConfig.isOAuth2Supported`") == true)
    }

    @Test func rowsAfterGetAreNotRecords() {
        let text = QueryHarness.diagnostic("connectors | get connectorName | where connectorType")
        #expect(text?.contains("rows are strings here") == true)
    }

    @Test func rejectsUnknownFunctionAndArity() {
        #expect(QueryHarness.diagnostic("connectors | get lenn(connectorName)")?.contains("did you mean `len`?") == true)
        #expect(QueryHarness.diagnostic("connectors | get len()")?.contains("`len` takes 1 argument, but 0 were given") == true)
    }

    @Test func aggregatesOnlyAfterCompute() {
        #expect(QueryHarness.diagnostic("connectors | get sum(1)")?.contains("`sum` is an aggregate") == true)
        #expect(QueryHarness.diagnostic("connectors | group by canUseAsSource compute len(x)")?.contains("expected an aggregate") == true)
    }

    @Test func rejectsUnsetParameters() {
        #expect(QueryHarness.diagnostic("connectors | where connectorType == $kind")?.contains("unknown variable `$kind`") == true)
    }

    @Test func reportsRuntimeTypeErrorsWithPosition() {
        let text = QueryHarness.diagnostic("connectors | where connectorName > 3")
        #expect(text?.contains("cannot order a string against a number with `>`") == true)
        #expect(text?.contains("query:1:20") == true)
    }

    @Test func demandsOnlyTheKeysAPipelineReads() throws {
        let source = SourceFile(name: "q", text: "connectors | where canUseAsDestination | select connectorName, supportedWriteOperations")
        guard case .pipeline(let p) = try Query.parse(source).statements[0] else { return }
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(p)
        #expect(checked.demand == FieldDemand(keys: ["canUseAsDestination", "connectorName", "supportedWriteOperations"]))
    }

    @Test func demandsEverythingWhenRowsAreOutput() throws {
        let source = SourceFile(name: "q", text: "connectors | where canUseAsDestination")
        guard case .pipeline(let p) = try Query.parse(source).statements[0] else { return }
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(p)
        #expect(checked.demand == .all)
    }
}
