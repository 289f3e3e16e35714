import AFQQuery
import Testing

@testable import AFQSources

/// afq's own recordings (docs/recording.md).
@Suite struct RecordedDataRecordingTests {
    static let recording = #"""
        {"afqRecording": 1, "region": "eu-west-1", "accountId": "111122223333", "operation": "DescribeConnectors", "request": {"maxResults": 100}, "time": "2025-05-04T12:00:00Z", "response": {"connectorConfigurations": {"S3": {"canUseAsSource": true}}, "nextToken": "AAAA"}}
        {"afqRecording": 1, "region": "eu-west-1", "accountId": "111122223333", "operation": "DescribeConnectors", "request": {"maxResults": 100, "nextToken": "AAAA"}, "time": "2025-05-04T12:00:01Z", "response": {"connectorConfigurations": {"Slack": {}}, "connectors": [{"connectorType": "CustomConnector", "connectorLabel": "acme"}]}}
        {"afqRecording": 1, "region": "eu-west-1", "accountId": "111122223333", "operation": "DescribeConnector", "request": {"connectorType": "CustomConnector", "connectorLabel": "acme"}, "time": "2025-05-04T12:00:02Z", "response": {"connectorConfiguration": {"connectorType": "CustomConnector", "connectorLabel": "acme"}}}
        {"afqRecording": 1, "region": "us-east-1", "accountId": "111122223333", "operation": "ListFlows", "request": {}, "time": "2025-05-04T12:00:03Z", "response": {"flows": []}}
        {"afqRecording": 1, "region": "ap-south-1", "accountId": "111122223333", "operation": "DescribeConnectors", "request": {}, "time": "2025-05-04T12:00:04Z", "error": {"code": "AccessDeniedException", "message": "not allowed"}}
        """#

    @Test func replaysResponsesWithRegionAndAccount() throws {
        let data = try load(Self.recording, name: "session.afq.jsonl")
        #expect(data.column("connectorType") == ["S3", "Slack", "CustomConnector"])
        #expect(data.rows.allSatisfy { $0.source.region == "eu-west-1" && $0.source.account == "111122223333" })
        #expect(data.summaryRowCount == 0)
    }

    @Test func recordedFailureIsAWarning() throws {
        let data = try load(Self.recording, name: "session.jsonl")
        #expect(
            data.warnings == [
                DataWarning(
                    "recorded DescribeConnectors call in ap-south-1 failed: AccessDeniedException: not allowed",
                    file: "session.jsonl", line: 5, column: 1)
            ])
    }

    @Test func recordingsAreRecognisedWithoutTheExtension() throws {
        #expect(try load(Self.recording, name: "session.json").rowCount == 3)
    }

    @Test func refusesOtherVersions() {
        let marked = MarkedText(#"{"afqRecording": ‸2, "response": {}}"#)
        let error = loadError(marked.text)
        #expect(error?.kind == .unsupportedRecording)
        #expect(error?.message == "unsupported afq recording version 2 (this afq reads version 1)")
        #expect(error?.location?.column == marked.column)
    }

    @Test func responseMustBeAConnectorResponse() {
        let marked = MarkedText(
            #"{"afqRecording": 1, "operation": "DescribeConnectors", "response": ‸{"connectorName": "x"}}"#)
        let error = loadError(marked.text)
        #expect(error?.kind == .unrecognizedData)
        #expect(
            error?.message
                == "unrecognized data: expected a DescribeConnectors, DescribeConnector or ListConnectors response")
        #expect(error?.location?.column == marked.column)
    }

    @Test func lineNeedsAResponseOrAnError() {
        let error = loadError(#"{"afqRecording": 1, "operation": "DescribeConnectors"}"#)
        #expect(error?.message == "an afq recording line needs a `response` or an `error`")
    }
}
