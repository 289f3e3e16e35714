import AFQModel
import Foundation
import Testing

/// The model's structures decode the connectors of recorded DescribeConnectors, DescribeConnector
/// and ListConnectors responses (Amazon AppFlow API Reference: DescribeConnectors,
/// DescribeConnector, ListConnectors, and the data types ConnectorConfiguration and
/// ConnectorDetail), including irregular data like the sample response on the API Reference's
/// DescribeConnectors page: keys outside the model, `null` members, enumeration values the model
/// does not list. This is what shows that the schema derived from these types fits real data.
/// Which members of a response hold its connectors, and how, is the reader's to say (AFQSources'
/// `RecordedShape`), so these tests take the members by name (`Fixture`).
struct ResponseDecodingTests {
    @Test func decodesTheConnectorsOfADescribeConnectorsPage() throws {
        let configurations = try Self.configurations(in: "describe-connectors-page")
        #expect(configurations.keys.sorted() == ["Googleanalytics", "S3", "Salesforce", "Slack", "Snowflake"])

        let salesforce = try #require(configurations["Salesforce"])
        #expect(salesforce.canUseAsSource == true)
        #expect(salesforce.supportedTriggerTypes == [.onDemand, .scheduled, .event])
        #expect(salesforce.supportedSchedulingFrequencies?.first == .byMinute)
        #expect(salesforce.supportedWriteOperations == [.insert, .update, .upsert, .delete])
        #expect(salesforce.supportedDestinationConnectors?.contains(.customConnector) == true)
        #expect(salesforce.connectorMetadata?.salesforce?.dataTransferApis == [.automatic, .bulkV2, .restSync])
        #expect(salesforce.connectorMetadata?.salesforce?.oauth2GrantTypesSupported?.contains(.jwtBearer) == true)
        #expect(salesforce.connectorType == nil, "the page relies on the map key")

        #expect(configurations["S3"]?.connectorMetadata?.s3 == S3Metadata())
        #expect(configurations["S3"]?.supportedDataTransferTypes == [.record, .file])
        #expect(
            configurations["Snowflake"]?.connectorMetadata?.snowflake?.supportedRegions == ["us-east-1", "eu-west-1"])
        #expect(configurations["Googleanalytics"]?.connectorMetadata?.googleAnalytics?.oAuthScopes?.count == 1)

        let details = try Fixture.decode(
            [ConnectorDetail].self, from: "describe-connectors-page", member: "connectors")
        let detail = try #require(details.first)
        #expect(detail.connectorLabel == "helpdesk-connector")
        #expect(detail.applicationType == "HelpDesk")
        #expect(detail.connectorProvisioningType == .lambda)
        #expect(detail.registeredAt?.description == "2023-05-04T12:00:00Z")
    }

    @Test func decodesACustomConnectorFromDescribeConnector() throws {
        let connector = try Self.customConnector()
        #expect(connector.connectorType == .customConnector)
        #expect(connector.connectorLabel == "helpdesk-connector")
        #expect(connector.connectorArn == "arn:aws:appflow:us-east-1:123456789012:connector/helpdesk-connector")
        #expect(connector.connectorProvisioningType == .lambda)
        #expect(
            connector.connectorProvisioningConfig?.lambda?.lambdaArn
                == "arn:aws:lambda:us-east-1:123456789012:function:helpdesk-connector")
        #expect(connector.logoURL == "https://helpdesk.example.com/logo.png")
        #expect(connector.registeredAt?.description == "2021-02-03T09:47:58.123Z")
        #expect(connector.connectorMetadata == ConnectorMetadata())

        let authentication = try #require(connector.authenticationConfig)
        #expect(authentication.isApiKeyAuthSupported == true)
        #expect(authentication.isBasicAuthSupported == false)
        #expect(authentication.oAuth2Defaults?.oauthScopes == ["tickets.read", "tickets.write"])
        #expect(authentication.oAuth2Defaults?.oauth2GrantTypesSupported == [.authorizationCode, .clientCredentials])
        let customProperty = try #require(authentication.oAuth2Defaults?.oauth2CustomProperties?.first)
        #expect(customProperty.key == "audience")
        #expect(customProperty.type == .tokenURL)
        let scheme = try #require(authentication.customAuthConfigs?.first)
        #expect(scheme.customAuthenticationType == "HMAC")
        #expect(scheme.authParameters?.map(\.key) == ["accessKeyId", "secretKey"])
        #expect(scheme.authParameters?.last?.isSensitiveField == true)

        let settings = try #require(connector.connectorRuntimeSettings)
        #expect(settings.map(\.key) == ["instanceUrl", "pageSize"])
        #expect(settings[0].scope == "CONNECTOR_PROFILE")
        #expect(settings[1].connectorSuppliedValueOptions == ["100", "500"])
        #expect(
            connector.supportedDataTransferApis == [
                DataTransferApi(name: "tickets-sync", type: .sync),
                DataTransferApi(name: "tickets-export", type: .async),
            ])
    }

    @Test func decodesTheSummariesOfAListConnectorsPage() throws {
        let details = try Fixture.decode(
            [ConnectorDetail].self, json: #"[{"connectorLabel": "a", "registeredAt": 1683201600.5}]"#)
        #expect(details.first?.connectorLabel == "a")
        #expect(details.first?.registeredAt?.description == "2023-05-04T12:00:00.500Z")
    }

    @Test func keepsUnknownEnumValuesVerbatim() throws {
        let salesforce = try #require(try Self.lenientConfigurations()["Salesforce"])
        #expect(salesforce.supportedSchedulingFrequencies?.map(\.rawValue) == ["Minute", "Hour", "DAILY"])
        #expect(salesforce.supportedTriggerTypes?.last?.rawValue == "Webhook")
        #expect(salesforce.supportedDataTransferApis?.first?.type?.rawValue == "BATCH")
    }

    @Test func ignoresUnknownKeysWithoutFailing() throws {
        let configurations = try Self.lenientConfigurations()
        let salesforce = try #require(configurations["Salesforce"])
        #expect(salesforce.canUseAsSource == true)
        #expect(salesforce.connectorType == .salesforce)
        #expect(salesforce.supportedDataTransferApis?.first?.name == "bulk")
        #expect(configurations["Workday"]?.canUseAsSource == true)
    }

    @Test func readsNullAsAbsent() throws {
        let salesforce = try #require(try Self.lenientConfigurations()["Salesforce"])
        #expect(salesforce.canUseAsDestination == nil)
        #expect(salesforce.connectorLabel == nil)
        #expect(salesforce.registeredAt == nil)
        #expect(salesforce.connectorMetadata?.amplitude == nil)
        #expect(salesforce.connectorMetadata?.googleAnalytics == nil)
        #expect(salesforce.connectorMetadata?.salesforce == SalesforceMetadata(), "present, with null scopes")
    }

    @Test func readsMetadataThatIsNotAnObjectAsAbsent() throws {
        let metadata = try #require(try Self.lenientConfigurations()["Salesforce"]?.connectorMetadata)
        #expect(metadata.snowflake == nil)
        #expect(metadata.slack == nil)
        #expect(metadata.zendesk == nil)
    }

    @Test func readsAMemberlessMetadataThatIsNotAnObjectAsAbsent() throws {
        let metadata = try Fixture.decode(
            ConnectorMetadata.self, json: #"{"Amplitude": "x", "S3": [], "Pardot": {"k": 1}}"#)
        #expect(metadata.amplitude == nil)
        #expect(metadata.s3 == nil)
        #expect(metadata.pardot == PardotMetadata())
        let encoded = try JSONEncoder().encode(ConnectorMetadata(s3: S3Metadata()))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"S3":{}}"#)
    }

    @Test func stillRejectsAMalformedValueInsideAMetadataObject() {
        #expect(throws: DecodingError.self) {
            try Fixture.decode(ConnectorMetadata.self, json: #"{"Salesforce": {"oAuthScopes": "api"}}"#)
        }
    }

    @Test func decodesALambdaConfigWithoutItsRequiredArn() throws {
        let config = try Fixture.decode(ConnectorProvisioningConfig.self, json: #"{"lambda": {}}"#)
        #expect(config.lambda == LambdaConnectorProvisioningConfig())
    }

    @Test func roundTripsThroughEncoding() throws {
        let original = try Self.customConnector()
        let encoded = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(ConnectorConfiguration.self, from: encoded) == original)
        let configuration = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(configuration["registeredAt"] is NSNumber, "timestamps are written as epoch seconds")
        #expect(configuration["logoURL"] is String)
        #expect(
            (configuration["supportedDataTransferApis"] as? [[String: Any]])?.first?["Name"] as? String
                == "tickets-sync")
    }

    /// The `connectorConfigurations` map of a DescribeConnectors fixture, without its `null`
    /// entries (which give no row).
    private static func configurations(in fixture: String) throws -> [String: ConnectorConfiguration] {
        try Fixture.decode(
            [String: ConnectorConfiguration?].self, from: fixture, member: "connectorConfigurations"
        ).compactMapValues { $0 }
    }

    private static func lenientConfigurations() throws -> [String: ConnectorConfiguration] {
        try configurations(in: "describe-connectors-lenient")
    }

    /// The `connectorConfiguration` of the DescribeConnector fixture.
    private static func customConnector() throws -> ConnectorConfiguration {
        try Fixture.decode(
            ConnectorConfiguration.self, from: "describe-connector-custom", member: "connectorConfiguration")
    }
}
