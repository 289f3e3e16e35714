import AFQQuery
import Testing

@testable import AFQSources

/// `$source` and the ConnectorDetail fallback (docs/recording.md, "What afq reads": Provenance,
/// Connector summaries).
@Suite struct RecordedDataProvenanceTests {
    @Test func provenanceKeysFillTheSource() throws {
        let data = try load(
            #"""
            [{"region": "eu-west-1", "accountId": "111122223333", "connectorConfigurations": {"S3": {}}},
             {"region": "us-east-1", "connectorConfiguration": {"connectorType": "Slack"}}]
            """#)
        #expect(
            data.rows.map(\.source) == [
                RowSource(region: "eu-west-1", account: "111122223333", file: "data.json"),
                RowSource(region: "us-east-1", account: nil, file: "data.json"),
            ])
    }

    @Test func provenanceKeysWorkInJSONLines() throws {
        let data = try load(
            """
            {"region": "eu-west-1", "accountId": "111122223333", "connectorConfigurations": {"S3": {}}}
            {"region": "us-west-2", "accountId": "444455556666", "connectorConfigurations": {"S3": {}}}
            """, name: "pages.jsonl")
        #expect(data.rows.map(\.source.region) == ["eu-west-1", "us-west-2"])
        #expect(data.rows.map(\.source.account) == ["111122223333", "444455556666"])
        #expect(data.rows.map(\.source.file) == ["pages.jsonl", "pages.jsonl"])
    }

    @Test func regionAndAccountComeFromTheARNWhenNotGiven() throws {
        let data = try load(
            #"""
            [{"connectorType": "CustomConnector", "connectorArn": "arn:aws:appflow:eu-central-1:123456789012:connector/acme"},
             {"region": "us-east-1", "connectorConfiguration": {"connectorArn": "arn:aws:appflow:eu-central-1:123456789012:connector/x"}},
             {"connectorType": "CustomConnector", "connectorArn": "not an arn"}]
            """#)
        #expect(
            data.rows.map(\.source) == [
                RowSource(region: "eu-central-1", account: "123456789012", file: "data.json"),
                RowSource(region: "us-east-1", account: "123456789012", file: "data.json"),
                RowSource(region: nil, account: nil, file: "data.json"),
            ])
    }

    @Test func sourceFileIsThePathAsGiven() throws {
        let data = try load([
            ("examples/a.json", #"{"connectorType": "S3"}"#), ("b.jsonl", #"{"connectorType": "Slack"}"#),
        ])
        #expect(data.rows.map(\.source.file) == ["examples/a.json", "b.jsonl"])
        #expect(data.inputs == ["examples/a.json", "b.jsonl"])
    }

    @Test func connectorDetailWithoutAFullRowBecomesARow() throws {
        let data = try load(
            [
                (
                    "list.json",
                    #"""
                    {"connectors": [
                      {"connectorType": "CustomConnector", "connectorLabel": "acme", "applicationType": "x"},
                      {"connectorType": "CustomConnector", "connectorLabel": "globex", "registeredAt": 1700000000}
                    ]}
                    """#
                ),
                (
                    "acme.json",
                    #"{"connectorConfiguration": {"connectorType": "CustomConnector", "connectorLabel": "acme", "canUseAsSource": true}}"#
                ),
            ])
        #expect(data.column("connectorLabel") == ["globex", "acme"])
        #expect(data.rows[0].value["applicationType"] == .null)
        #expect(data.rows[0].value["registeredAt"] == .timestamp(Timestamp(secondsSince1970: 1_700_000_000)))
        #expect(data.rows[1].value["canUseAsSource"] == true)
        #expect(data.summaryRowCount == 1)
        #expect(data.summary == "2 files: 2 connectors (1 from summaries only)")
    }

    @Test func describeConnectorsPageSummariesAreCoveredByItsMapEntries() throws {
        let data = try load(
            #"""
            {"region": "us-east-1", "accountId": "111122223333",
             "connectorConfigurations": {"CustomConnector": {"connectorLabel": "acme"}},
             "connectors": [{"connectorType": "CustomConnector", "connectorLabel": "acme"},
                            {"connectorType": "CustomConnector", "connectorLabel": "initech"}]}
            """#)
        #expect(data.column("connectorLabel") == ["acme", "initech"])
        #expect(data.rows[1].source == RowSource(region: "us-east-1", account: "111122223333", file: "data.json"))
    }

    @Test func summariesOfOtherAccountsOrRegionsAreNotCovered() throws {
        let data = try load(
            #"""
            {"region": "us-east-1", "accountId": "1", "connectorConfiguration": {"connectorType": "CustomConnector", "connectorLabel": "acme"}}
            {"region": "eu-west-1", "accountId": "1", "connectors": [{"connectorType": "CustomConnector", "connectorLabel": "acme"}]}
            {"region": "us-east-1", "connectors": [{"connectorType": "CustomConnector", "connectorLabel": "acme"}]}
            """#, name: "mixed.jsonl")
        #expect(data.rows.map(\.source.region) == ["us-east-1", "eu-west-1"])
    }

    @Test func repeatedSummariesGiveOneRow() throws {
        let data = try load(
            #"""
            {"connectors": [{"connectorType": "CustomConnector", "connectorLabel": "acme"}]}
            {"connectors": [{"connectorType": "CustomConnector", "connectorLabel": "acme"}]}
            """#)
        #expect(data.rowCount == 1)
    }

    @Test func summaryCountsFilesAndConnectors() throws {
        let data = try load([("a.json", #"{"connectorType": "S3"}"#)])
        #expect(data.summary == "1 file: 1 connector")
        #expect(try load([("a.json", "[]"), ("b.json", "[]")]).summary == "2 files: 0 connectors")
    }

    @Test func forEachRowStopsWhenAsked() throws {
        let data = try load(#"[{"connectorType": "S3"}, {"connectorType": "Slack"}, {"connectorType": "Salesforce"}]"#)
        var seen: [Value] = []
        try data.forEachRow(demand: .all) { row in
            seen.append(row.value["connectorType"])
            return seen.count < 2
        }
        #expect(seen == ["S3", "Slack"])
    }
}
