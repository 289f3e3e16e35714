import AFQQuery
import Testing

@testable import AFQSources

/// The shapes recorded data may have (docs/recording.md, "What afq reads"), as `RecordedShape`
/// tells them apart and the builder reads their rows.
@Suite struct RecordedDataShapeTests {
    @Test func describeConnectorsResponseGivesOneRowPerMapEntry() throws {
        let data = try load(
            #"""
            {
              "connectorConfigurations": {
                "Salesforce": {"canUseAsSource": true, "connectorType": "Salesforce"},
                "S3": {"canUseAsSource": true, "canUseAsDestination": true}
              },
              "nextToken": null
            }
            """#)
        #expect(data.rowCount == 2)
        #expect(data.column("connectorType") == ["Salesforce", "S3"])
    }

    @Test func connectorTypeFromTheMapKeyComesFirst() throws {
        let data = try load(
            #"{"connectorConfigurations": {"S3": {"canUseAsSource": true, "connectorName": "Amazon S3"}}}"#)
        #expect(data.rows[0].value.recordValue?.keys == ["connectorType", "canUseAsSource", "connectorName"])
    }

    @Test func connectorTypeNullIsFilledInPlace() throws {
        let data = try load(#"{"connectorConfigurations": {"S3": {"canUseAsSource": true, "connectorType": null}}}"#)
        #expect(data.rows[0].value.recordValue?.keys == ["canUseAsSource", "connectorType"])
        #expect(data.rows[0].value["connectorType"] == "S3")
    }

    @Test func entryKeepsItsOwnConnectorType() throws {
        let data = try load(#"{"connectorConfigurations": {"Odd": {"connectorType": "Slack"}}}"#)
        #expect(data.column("connectorType") == ["Slack"])
    }

    @Test func describeConnectorResponseGivesOneRow() throws {
        let data = try load(
            #"{"connectorConfiguration": {"connectorType": "CustomConnector", "connectorLabel": "acme"}}"#)
        #expect(data.rowCount == 1)
        #expect(data.column("connectorLabel") == ["acme"])
    }

    @Test func bareConfigurationIsARow() throws {
        let data = try load(#"{"connectorName": "Slack", "canUseAsSource": true, "somethingNew": 1}"#)
        #expect(
            data.rows.map(\.value) == [.record(["connectorName": "Slack", "canUseAsSource": true, "somethingNew": 1])])
    }

    @Test func arrayOfAnyShape() throws {
        let data = try load(
            #"""
            [
              {"connectorConfigurations": {"S3": {}, "Slack": {}}},
              {"connectorConfiguration": {"connectorType": "Salesforce"}},
              {"connectorType": "Snowflake"},
              [{"connectorType": "Redshift"}]
            ]
            """#)
        #expect(data.column("connectorType") == ["S3", "Slack", "Salesforce", "Snowflake", "Redshift"])
    }

    @Test func jsonLinesOfAnyShape() throws {
        let text = """
            {"connectorConfigurations": {"S3": {}}}

            {"connectorConfiguration": {"connectorType": "Salesforce"}}
            {"connectorType": "Snowflake"}
            """
        #expect(try load(text, name: "data.jsonl").column("connectorType") == ["S3", "Salesforce", "Snowflake"])
        // Without the extension, several values in one document are read the same way.
        #expect(try load(text, name: "data.json").column("connectorType") == ["S3", "Salesforce", "Snowflake"])
    }

    @Test func concatenatedPrettyPrintedPagesAreRead() throws {
        let text = """
            {
              "connectorConfigurations": {"S3": {}},
              "nextToken": "opaque"
            }
            {
              "connectorConfigurations": {"Slack": {}}
            }
            """
        #expect(try load(text).column("connectorType") == ["S3", "Slack"])
    }

    @Test func nullValuesAreKept() throws {
        let data = try load(
            #"{"connectorType": "S3", "connectorLabel": null, "authenticationConfig": {"isOAuth2Supported": null}}"#)
        let record = try #require(data.rows[0].value.recordValue)
        #expect(record.keys == ["connectorType", "connectorLabel", "authenticationConfig"])
        #expect(record["connectorLabel"] == .null)
    }

    @Test func nullEntriesAndMembersGiveNoRows() throws {
        let data = try load(#"{"connectorConfigurations": {"S3": null, "Slack": {}}, "connectors": null}"#)
        #expect(data.column("connectorType") == ["Slack"])
        #expect(try load(#"{"connectorConfigurations": null}"#).rowCount == 0)
    }

    @Test func unknownKeysAreKeptInOrder() throws {
        let data = try load(
            #"{"zeta": 1, "connectorType": "S3", "displayName": "S3", "authenticationConfig": {"isOAuth2Supported": true, "newFlag": "x"}}"#
        )
        let record = try #require(data.rows[0].value.recordValue)
        #expect(record.keys == ["zeta", "connectorType", "displayName", "authenticationConfig"])
        #expect(data.rows[0].value["authenticationConfig"]["newFlag"] == "x")
    }

    @Test func schemaGainsTheKeysOfTheData() throws {
        let data = try load(
            #"""
            [{"connectorType": "S3", "displayName": "Amazon S3", "authenticationConfig": {"newFlag": true}},
             {"connectorType": "Slack", "credentialKeys": ["a"], "canUseAsSource": "yes"}]
            """#)
        #expect(data.schema.type(at: ["displayName"]) == .string)
        #expect(data.schema.type(at: ["credentialKeys"]) == .list(.string))
        #expect(data.schema.type(at: ["authenticationConfig", "newFlag"]) == .boolean)
        #expect(data.schema.type(at: ["authenticationConfig", "isOAuth2Supported"]) == .boolean)
        // A known field whose data disagrees widens to `any`, so nothing becomes unreachable.
        #expect(data.schema.type(at: ["canUseAsSource"]) == .any)
        // Untouched members keep the model's types and order.
        #expect(data.schema.type(at: ["connectorType"]) == .enumeration(TestSchema.connectorType))
        #expect(
            data.schema.row.fields.map(\.name).prefix(3) == [
                "canUseAsSource", "canUseAsDestination", "supportedWriteOperations",
            ])
        #expect(data.schema.row.fields.map(\.name).suffix(2) == ["displayName", "credentialKeys"])
    }

    @Test func schemaIsTheModelsWhenTheDataAddsNothing() throws {
        let data = try load(#"{"connectorConfigurations": {"S3": {"canUseAsSource": true, "registeredAt": 1}}}"#)
        #expect(data.schema == TestSchema.schema)
    }

    @Test func schemaAgreesWithMergingInferredTypes() throws {
        let text = #"""
            [{"connectorType": "S3", "extra": {"a": [1, {"b": 2}]}, "versionHistory": [{"version": "1", "note": "x"}]},
             {"connectorType": "Slack", "extra": {"a": [], "c": null}, "other": null, "connectorModes": [1]}]
            """#
        let data = try load(text)
        var expected = SchemaType.record(TestSchema.schema.row)
        for row in data.rows { expected = expected.merged(with: .inferred(from: row.value)) }
        #expect(SchemaType.record(data.schema.row) == expected)
    }
}
