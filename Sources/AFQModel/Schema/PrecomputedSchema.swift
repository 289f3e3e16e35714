// Generated from the Codable model by Tests/AFQModelTests/PrecomputedSchemaSource.swift; do not
// edit. PrecomputedSchemaTests fails while this file differs from the model; after changing the
// model, regenerate it: AFQ_RECORD=1 swift test --filter PrecomputedSchemaTests
// swift-format-ignore-file
import AFQQuery

/// The model's record schemas as `SchemaExtractor` derives them from the Codable types, written
/// out ahead of time: the derivation casts each member type to a protocol, and every cast scans
/// all conformance records of the process, which made it the largest part of afq's start-up
/// (docs/performance.md). The Codable types stay the source: a test keeps this file equal to
/// what they derive.
enum PrecomputedSchema {
    static let connectorConfiguration = connectorConfigurationRecord
    static let connectorDetail = connectorDetailRecord

    static let amplitudeMetadataRecord = RecordSchema(name: "AmplitudeMetadata", fields: [])

    static let authParameterRecord = RecordSchema(name: "AuthParameter", fields: [
        FieldSchema(name: "key", type: .string, summary: "name under which the connector receives the value"),
        FieldSchema(name: "isRequired", type: .boolean, summary: "whether a profile must give a value"),
        FieldSchema(name: "label", type: .string, summary: "name of the parameter shown to users"),
        FieldSchema(name: "description", type: .string, summary: "explanation of the parameter shown to users"),
        FieldSchema(name: "isSensitiveField", type: .boolean, summary: "whether the value is secret and masked on display"),
        FieldSchema(name: "connectorSuppliedValues", type: .list(.string), summary: "values the connector proposes for the parameter"),
    ])

    static let authenticationConfigRecord = RecordSchema(name: "AuthenticationConfig", fields: [
        FieldSchema(name: "isBasicAuthSupported", type: .boolean, summary: "whether a user name and password can authenticate"),
        FieldSchema(name: "isApiKeyAuthSupported", type: .boolean, summary: "whether an API key can authenticate"),
        FieldSchema(name: "isOAuth2Supported", type: .boolean, summary: "whether OAuth 2.0 can authenticate"),
        FieldSchema(name: "isCustomAuthSupported", type: .boolean, summary: "whether a scheme defined by the connector can authenticate"),
        FieldSchema(name: "oAuth2Defaults", type: .record(oAuth2DefaultsRecord), summary: "OAuth 2.0 settings offered to new profiles"),
        FieldSchema(name: "customAuthConfigs", type: .list(.record(customAuthConfigRecord)), summary: "authentication schemes the connector defines itself"),
    ])

    static let connectorConfigurationRecord = RecordSchema(name: "ConnectorConfiguration", fields: [
        FieldSchema(name: "canUseAsSource", type: .boolean, summary: "whether flows can read data from this connector"),
        FieldSchema(name: "canUseAsDestination", type: .boolean, summary: "whether flows can write data to this connector"),
        FieldSchema(name: "supportedDestinationConnectors", type: .list(.enumeration(connectorTypeEnumeration)), summary: "connector types this connector can feed when it is a flow's source"),
        FieldSchema(name: "supportedSchedulingFrequencies", type: .list(.enumeration(scheduleFrequencyTypeEnumeration)), summary: "how often a scheduled flow reading from this connector may run"),
        FieldSchema(name: "isPrivateLinkEnabled", type: .boolean, summary: "whether the application can be reached over AWS PrivateLink"),
        FieldSchema(name: "isPrivateLinkEndpointUrlRequired", type: .boolean, summary: "whether a PrivateLink connection needs an endpoint URL in the profile"),
        FieldSchema(name: "supportedTriggerTypes", type: .list(.enumeration(triggerTypeEnumeration)), summary: "what can start a flow that reads from this connector"),
        FieldSchema(name: "connectorMetadata", type: .record(connectorMetadataRecord), summary: "extra details kept under the member named after the connector"),
        FieldSchema(name: "connectorType", type: .enumeration(connectorTypeEnumeration), summary: "which connector this is; CustomConnector for ones registered in the account"),
        FieldSchema(name: "connectorLabel", type: .string, summary: "name a custom connector was registered under"),
        FieldSchema(name: "connectorDescription", type: .string, summary: "free-text description of the connector"),
        FieldSchema(name: "connectorOwner", type: .string, summary: "who publishes the connector"),
        FieldSchema(name: "connectorName", type: .string, summary: "the connector's display name"),
        FieldSchema(name: "connectorVersion", type: .string, summary: "version of the connector's implementation"),
        FieldSchema(name: "connectorArn", type: .string, summary: "ARN of a registered connector"),
        FieldSchema(name: "connectorModes", type: .list(.string), summary: "modes the connector runs in, such as source or destination"),
        FieldSchema(name: "authenticationConfig", type: .record(authenticationConfigRecord), summary: "which kinds of credentials a connector profile may use"),
        FieldSchema(name: "connectorRuntimeSettings", type: .list(.record(connectorRuntimeSettingRecord)), summary: "settings a profile or flow hands to the connector at run time"),
        FieldSchema(name: "supportedApiVersions", type: .list(.string), summary: "versions of the application's API the connector can call"),
        FieldSchema(name: "supportedOperators", type: .list(.enumeration(operatorsEnumeration)), summary: "operators flow tasks may apply to this connector's fields"),
        FieldSchema(name: "supportedWriteOperations", type: .list(.enumeration(writeOperationTypeEnumeration)), summary: "how records may be written when this connector is the destination"),
        FieldSchema(name: "connectorProvisioningType", type: .enumeration(connectorProvisioningTypeEnumeration), summary: "how a custom connector's code is deployed"),
        FieldSchema(name: "connectorProvisioningConfig", type: .record(connectorProvisioningConfigRecord), summary: "where a custom connector's code runs"),
        FieldSchema(name: "logoURL", type: .string, summary: "address of the connector's logo image"),
        FieldSchema(name: "registeredAt", type: .timestamp, summary: "when the connector was registered"),
        FieldSchema(name: "registeredBy", type: .string, summary: "who registered the connector"),
        FieldSchema(name: "supportedDataTransferTypes", type: .list(.enumeration(supportedDataTransferTypeEnumeration)), summary: "whether the connector moves records, files or both"),
        FieldSchema(name: "supportedDataTransferApis", type: .list(.record(dataTransferApiRecord)), summary: "APIs the connector offers for moving data"),
    ])

    static let connectorDetailRecord = RecordSchema(name: "ConnectorDetail", fields: [
        FieldSchema(name: "connectorDescription", type: .string, summary: "free-text description of the connector"),
        FieldSchema(name: "connectorName", type: .string, summary: "the connector's display name"),
        FieldSchema(name: "connectorOwner", type: .string, summary: "who publishes the connector"),
        FieldSchema(name: "connectorVersion", type: .string, summary: "version of the connector's implementation"),
        FieldSchema(name: "applicationType", type: .string, summary: "kind of application the connector talks to"),
        FieldSchema(name: "connectorType", type: .enumeration(connectorTypeEnumeration), summary: "which connector this is; CustomConnector for ones registered in the account"),
        FieldSchema(name: "connectorLabel", type: .string, summary: "name a custom connector was registered under"),
        FieldSchema(name: "registeredAt", type: .timestamp, summary: "when the connector was registered"),
        FieldSchema(name: "registeredBy", type: .string, summary: "who registered the connector"),
        FieldSchema(name: "connectorProvisioningType", type: .enumeration(connectorProvisioningTypeEnumeration), summary: "how a custom connector's code is deployed"),
        FieldSchema(name: "connectorModes", type: .list(.string), summary: "modes the connector runs in, such as source or destination"),
        FieldSchema(name: "supportedDataTransferTypes", type: .list(.enumeration(supportedDataTransferTypeEnumeration)), summary: "whether the connector moves records, files or both"),
    ])

    static let connectorMetadataRecord = RecordSchema(name: "ConnectorMetadata", fields: [
        FieldSchema(name: "Amplitude", type: .record(amplitudeMetadataRecord), summary: "details specific to the Amplitude connector"),
        FieldSchema(name: "Datadog", type: .record(datadogMetadataRecord), summary: "details specific to the Datadog connector"),
        FieldSchema(name: "Dynatrace", type: .record(dynatraceMetadataRecord), summary: "details specific to the Dynatrace connector"),
        FieldSchema(name: "GoogleAnalytics", type: .record(googleAnalyticsMetadataRecord), summary: "details specific to the Google Analytics connector"),
        FieldSchema(name: "InforNexus", type: .record(inforNexusMetadataRecord), summary: "details specific to the Infor Nexus connector"),
        FieldSchema(name: "Marketo", type: .record(marketoMetadataRecord), summary: "details specific to the Marketo connector"),
        FieldSchema(name: "Redshift", type: .record(redshiftMetadataRecord), summary: "details specific to the Amazon Redshift connector"),
        FieldSchema(name: "S3", type: .record(s3MetadataRecord), summary: "details specific to the Amazon S3 connector"),
        FieldSchema(name: "Salesforce", type: .record(salesforceMetadataRecord), summary: "details specific to the Salesforce connector"),
        FieldSchema(name: "ServiceNow", type: .record(serviceNowMetadataRecord), summary: "details specific to the ServiceNow connector"),
        FieldSchema(name: "Singular", type: .record(singularMetadataRecord), summary: "details specific to the Singular connector"),
        FieldSchema(name: "Slack", type: .record(slackMetadataRecord), summary: "details specific to the Slack connector"),
        FieldSchema(name: "Snowflake", type: .record(snowflakeMetadataRecord), summary: "details specific to the Snowflake connector"),
        FieldSchema(name: "Trendmicro", type: .record(trendmicroMetadataRecord), summary: "details specific to the Trend Micro connector"),
        FieldSchema(name: "Veeva", type: .record(veevaMetadataRecord), summary: "details specific to the Veeva connector"),
        FieldSchema(name: "Zendesk", type: .record(zendeskMetadataRecord), summary: "details specific to the Zendesk connector"),
        FieldSchema(name: "EventBridge", type: .record(eventBridgeMetadataRecord), summary: "details specific to the Amazon EventBridge connector"),
        FieldSchema(name: "Upsolver", type: .record(upsolverMetadataRecord), summary: "details specific to the Upsolver connector"),
        FieldSchema(name: "CustomerProfiles", type: .record(customerProfilesMetadataRecord), summary: "details specific to the Amazon Connect Customer Profiles connector"),
        FieldSchema(name: "Honeycode", type: .record(honeycodeMetadataRecord), summary: "details specific to the Amazon Honeycode (retired) connector"),
        FieldSchema(name: "SAPOData", type: .record(sapoDataMetadataRecord), summary: "details specific to the SAP OData connector"),
        FieldSchema(name: "Pardot", type: .record(pardotMetadataRecord), summary: "details specific to the Salesforce Pardot connector"),
    ])

    static let connectorProvisioningConfigRecord = RecordSchema(name: "ConnectorProvisioningConfig", fields: [
        FieldSchema(name: "lambda", type: .record(lambdaConnectorProvisioningConfigRecord), summary: "the Lambda function that implements the connector"),
    ])

    static let connectorRuntimeSettingRecord = RecordSchema(name: "ConnectorRuntimeSetting", fields: [
        FieldSchema(name: "key", type: .string, summary: "name under which the connector receives the setting"),
        FieldSchema(name: "dataType", type: .string, summary: "type of the setting's value"),
        FieldSchema(name: "isRequired", type: .boolean, summary: "whether the setting must be given"),
        FieldSchema(name: "label", type: .string, summary: "name of the setting shown to users"),
        FieldSchema(name: "description", type: .string, summary: "explanation of the setting shown to users"),
        FieldSchema(name: "scope", type: .string, summary: "where the setting is given, such as the profile, the source or the destination"),
        FieldSchema(name: "connectorSuppliedValueOptions", type: .list(.string), summary: "values the connector allows for the setting"),
    ])

    static let customAuthConfigRecord = RecordSchema(name: "CustomAuthConfig", fields: [
        FieldSchema(name: "customAuthenticationType", type: .string, summary: "name of the authentication scheme"),
        FieldSchema(name: "authParameters", type: .list(.record(authParameterRecord)), summary: "credentials and settings the scheme asks for"),
    ])

    static let customerProfilesMetadataRecord = RecordSchema(name: "CustomerProfilesMetadata", fields: [])

    static let dataTransferApiRecord = RecordSchema(name: "DataTransferApi", fields: [
        FieldSchema(name: "Name", type: .string, summary: "name of the API"),
        FieldSchema(name: "Type", type: .enumeration(dataTransferApiTypeEnumeration), summary: "whether the API answers synchronously, asynchronously, or AppFlow decides"),
    ])

    static let datadogMetadataRecord = RecordSchema(name: "DatadogMetadata", fields: [])

    static let dynatraceMetadataRecord = RecordSchema(name: "DynatraceMetadata", fields: [])

    static let eventBridgeMetadataRecord = RecordSchema(name: "EventBridgeMetadata", fields: [])

    static let googleAnalyticsMetadataRecord = RecordSchema(name: "GoogleAnalyticsMetadata", fields: [
        FieldSchema(name: "oAuthScopes", type: .list(.string), summary: "OAuth scopes the connector requests when a profile is authorized"),
    ])

    static let honeycodeMetadataRecord = RecordSchema(name: "HoneycodeMetadata", fields: [
        FieldSchema(name: "oAuthScopes", type: .list(.string), summary: "OAuth scopes the connector requests when a profile is authorized"),
    ])

    static let inforNexusMetadataRecord = RecordSchema(name: "InforNexusMetadata", fields: [])

    static let lambdaConnectorProvisioningConfigRecord = RecordSchema(name: "LambdaConnectorProvisioningConfig", fields: [
        FieldSchema(name: "lambdaArn", type: .string, summary: "ARN of the Lambda function that runs the connector"),
    ])

    static let marketoMetadataRecord = RecordSchema(name: "MarketoMetadata", fields: [])

    static let oAuth2CustomParameterRecord = RecordSchema(name: "OAuth2CustomParameter", fields: [
        FieldSchema(name: "key", type: .string, summary: "parameter name as sent to the OAuth endpoint"),
        FieldSchema(name: "isRequired", type: .boolean, summary: "whether a profile must give the parameter a value"),
        FieldSchema(name: "label", type: .string, summary: "name of the parameter shown to users"),
        FieldSchema(name: "description", type: .string, summary: "explanation of the parameter shown to users"),
        FieldSchema(name: "isSensitiveField", type: .boolean, summary: "whether the value is secret and masked on display"),
        FieldSchema(name: "connectorSuppliedValues", type: .list(.string), summary: "values the connector proposes for the parameter"),
        FieldSchema(name: "type", type: .enumeration(oAuth2CustomPropTypeEnumeration), summary: "whether the parameter goes with the token request or the authorization request"),
    ])

    static let oAuth2DefaultsRecord = RecordSchema(name: "OAuth2Defaults", fields: [
        FieldSchema(name: "oauthScopes", type: .list(.string), summary: "scopes requested unless the profile asks for others"),
        FieldSchema(name: "tokenUrls", type: .list(.string), summary: "endpoints that issue access tokens"),
        FieldSchema(name: "authCodeUrls", type: .list(.string), summary: "endpoints where a user grants an authorization code"),
        FieldSchema(name: "oauth2GrantTypesSupported", type: .list(.enumeration(oAuth2GrantTypeEnumeration)), summary: "OAuth 2.0 grant types the connector accepts"),
        FieldSchema(name: "oauth2CustomProperties", type: .list(.record(oAuth2CustomParameterRecord)), summary: "extra parameters the connector sends with OAuth requests"),
    ])

    static let pardotMetadataRecord = RecordSchema(name: "PardotMetadata", fields: [])

    static let redshiftMetadataRecord = RecordSchema(name: "RedshiftMetadata", fields: [])

    static let s3MetadataRecord = RecordSchema(name: "S3Metadata", fields: [])

    static let sapoDataMetadataRecord = RecordSchema(name: "SAPODataMetadata", fields: [])

    static let salesforceMetadataRecord = RecordSchema(name: "SalesforceMetadata", fields: [
        FieldSchema(name: "oAuthScopes", type: .list(.string), summary: "OAuth scopes the connector requests when a profile is authorized"),
        FieldSchema(name: "dataTransferApis", type: .list(.enumeration(salesforceDataTransferApiEnumeration)), summary: "Salesforce APIs a flow may pick to move its data"),
        FieldSchema(name: "oauth2GrantTypesSupported", type: .list(.enumeration(oAuth2GrantTypeEnumeration)), summary: "OAuth 2.0 grant types a Salesforce profile may use"),
    ])

    static let serviceNowMetadataRecord = RecordSchema(name: "ServiceNowMetadata", fields: [])

    static let singularMetadataRecord = RecordSchema(name: "SingularMetadata", fields: [])

    static let slackMetadataRecord = RecordSchema(name: "SlackMetadata", fields: [
        FieldSchema(name: "oAuthScopes", type: .list(.string), summary: "OAuth scopes the connector requests when a profile is authorized"),
    ])

    static let snowflakeMetadataRecord = RecordSchema(name: "SnowflakeMetadata", fields: [
        FieldSchema(name: "supportedRegions", type: .list(.string), summary: "regions in which Snowflake destinations can be used"),
    ])

    static let trendmicroMetadataRecord = RecordSchema(name: "TrendmicroMetadata", fields: [])

    static let upsolverMetadataRecord = RecordSchema(name: "UpsolverMetadata", fields: [])

    static let veevaMetadataRecord = RecordSchema(name: "VeevaMetadata", fields: [])

    static let zendeskMetadataRecord = RecordSchema(name: "ZendeskMetadata", fields: [
        FieldSchema(name: "oAuthScopes", type: .list(.string), summary: "OAuth scopes the connector requests when a profile is authorized"),
    ])

    static let connectorProvisioningTypeEnumeration = EnumSchema(name: "ConnectorProvisioningType", values: ["LAMBDA"])

    static let connectorTypeEnumeration = EnumSchema(name: "ConnectorType", values: ["Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog", "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver", "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot"])

    static let dataTransferApiTypeEnumeration = EnumSchema(name: "DataTransferApiType", values: ["SYNC", "ASYNC", "AUTOMATIC"])

    static let oAuth2CustomPropTypeEnumeration = EnumSchema(name: "OAuth2CustomPropType", values: ["TOKEN_URL", "AUTH_URL"])

    static let oAuth2GrantTypeEnumeration = EnumSchema(name: "OAuth2GrantType", values: ["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"])

    static let operatorsEnumeration = EnumSchema(name: "Operators", values: ["PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"])

    static let salesforceDataTransferApiEnumeration = EnumSchema(name: "SalesforceDataTransferApi", values: ["AUTOMATIC", "BULKV2", "REST_SYNC"])

    static let scheduleFrequencyTypeEnumeration = EnumSchema(name: "ScheduleFrequencyType", values: ["BYMINUTE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "ONCE"])

    static let supportedDataTransferTypeEnumeration = EnumSchema(name: "SupportedDataTransferType", values: ["RECORD", "FILE"])

    static let triggerTypeEnumeration = EnumSchema(name: "TriggerType", values: ["Scheduled", "Event", "OnDemand"])

    static let writeOperationTypeEnumeration = EnumSchema(name: "WriteOperationType", values: ["INSERT", "UPSERT", "UPDATE", "DELETE"])
}
