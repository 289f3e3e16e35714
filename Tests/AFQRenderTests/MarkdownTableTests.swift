import AFQQuery
import AFQRender
import Testing

@Suite struct MarkdownTableTests {
    @Test func writesGitHubTableWithNumericColumnsRightAligned() {
        #expect(
            Fixtures.render(Fixtures.rows, as: .markdown) == """
                | connectorName | connectorVersion | canUseAsDestination | registeredAt |
                | --- | ---: | --- | --- |
                | Salesforce | 2 | true |  |
                | Slack | 1.5 | false |  |
                | Zendesk |  |  | 2023-05-04T12:00:00.250Z |

                """)
    }

    @Test func usesTableCellTextForListsAndRecords() {
        let row: Value = .record(["ops": ["INSERT", "UPSERT"], "auth": .record(["oauth": true, "scopes": ["api"]])])
        #expect(
            Fixtures.render([row], as: .markdown)
                == "| ops | auth |\n| --- | --- |\n| INSERT, UPSERT | {oauth: true, scopes: [api]} |\n")
    }

    @Test func escapesPipesAndLineBreaks() {
        let row: Value = .record(["a|b": "x | y", "text": "one\ntwo\r\nthree"])
        #expect(
            Fixtures.render([row], as: .markdown)
                == "| a\\|b | text |\n| --- | --- |\n| x \\| y | one<br>two<br>three |\n")
    }

    @Test func putsPlainValuesInValueColumn() {
        #expect(Fixtures.render([3, 4], as: .markdown) == "| value |\n| ---: |\n| 3 |\n| 4 |\n")
    }

    @Test func writesNothingForEmptyResult() {
        #expect(Fixtures.render([], as: .markdown) == "")
    }
}
