/// Connector-specific details, one optional member per AWS-managed connector (Amazon AppFlow API
/// Reference, ConnectorMetadata).
///
/// Member names are not the `ConnectorType` spellings (`GoogleAnalytics`, not `Googleanalytics`),
/// and the model has no member for `LookoutMetrics` or `CustomConnector`. Responses may set the
/// other connectors' members to `null` (the sample response on the API Reference's
/// DescribeConnectors page does) or to something that is not an object, so a member that cannot
/// be read as its structure decodes as absent.
public struct ConnectorMetadata: ModelStructure {
    public var amplitude: AmplitudeMetadata?
    public var datadog: DatadogMetadata?
    public var dynatrace: DynatraceMetadata?
    public var googleAnalytics: GoogleAnalyticsMetadata?
    public var inforNexus: InforNexusMetadata?
    public var marketo: MarketoMetadata?
    public var redshift: RedshiftMetadata?
    public var s3: S3Metadata?
    public var salesforce: SalesforceMetadata?
    public var serviceNow: ServiceNowMetadata?
    public var singular: SingularMetadata?
    public var slack: SlackMetadata?
    public var snowflake: SnowflakeMetadata?
    public var trendMicro: TrendmicroMetadata?
    public var veeva: VeevaMetadata?
    public var zendesk: ZendeskMetadata?
    public var eventBridge: EventBridgeMetadata?
    public var upsolver: UpsolverMetadata?
    public var customerProfiles: CustomerProfilesMetadata?
    public var honeycode: HoneycodeMetadata?
    public var sapOData: SAPODataMetadata?
    public var pardot: PardotMetadata?

    enum CodingKeys: String, CodingKey {
        case amplitude = "Amplitude"
        case datadog = "Datadog"
        case dynatrace = "Dynatrace"
        case googleAnalytics = "GoogleAnalytics"
        case inforNexus = "InforNexus"
        case marketo = "Marketo"
        case redshift = "Redshift"
        case s3 = "S3"
        case salesforce = "Salesforce"
        case serviceNow = "ServiceNow"
        case singular = "Singular"
        case slack = "Slack"
        case snowflake = "Snowflake"
        case trendMicro = "Trendmicro"
        case veeva = "Veeva"
        case zendesk = "Zendesk"
        case eventBridge = "EventBridge"
        case upsolver = "Upsolver"
        case customerProfiles = "CustomerProfiles"
        case honeycode = "Honeycode"
        case sapOData = "SAPOData"
        case pardot = "Pardot"
    }

    public static let fieldSummaries: [String: String] = [
        "Amplitude": "details specific to the Amplitude connector",
        "Datadog": "details specific to the Datadog connector",
        "Dynatrace": "details specific to the Dynatrace connector",
        "GoogleAnalytics": "details specific to the Google Analytics connector",
        "InforNexus": "details specific to the Infor Nexus connector",
        "Marketo": "details specific to the Marketo connector",
        "Redshift": "details specific to the Amazon Redshift connector",
        "S3": "details specific to the Amazon S3 connector",
        "Salesforce": "details specific to the Salesforce connector",
        "ServiceNow": "details specific to the ServiceNow connector",
        "Singular": "details specific to the Singular connector",
        "Slack": "details specific to the Slack connector",
        "Snowflake": "details specific to the Snowflake connector",
        "Trendmicro": "details specific to the Trend Micro connector",
        "Veeva": "details specific to the Veeva connector",
        "Zendesk": "details specific to the Zendesk connector",
        "EventBridge": "details specific to the Amazon EventBridge connector",
        "Upsolver": "details specific to the Upsolver connector",
        "CustomerProfiles": "details specific to the Amazon Connect Customer Profiles connector",
        "Honeycode": "details specific to the Amazon Honeycode (retired) connector",
        "SAPOData": "details specific to the SAP OData connector",
        "Pardot": "details specific to the Salesforce Pardot connector",
    ]

    public init(
        amplitude: AmplitudeMetadata? = nil,
        datadog: DatadogMetadata? = nil,
        dynatrace: DynatraceMetadata? = nil,
        googleAnalytics: GoogleAnalyticsMetadata? = nil,
        inforNexus: InforNexusMetadata? = nil,
        marketo: MarketoMetadata? = nil,
        redshift: RedshiftMetadata? = nil,
        s3: S3Metadata? = nil,
        salesforce: SalesforceMetadata? = nil,
        serviceNow: ServiceNowMetadata? = nil,
        singular: SingularMetadata? = nil,
        slack: SlackMetadata? = nil,
        snowflake: SnowflakeMetadata? = nil,
        trendMicro: TrendmicroMetadata? = nil,
        veeva: VeevaMetadata? = nil,
        zendesk: ZendeskMetadata? = nil,
        eventBridge: EventBridgeMetadata? = nil,
        upsolver: UpsolverMetadata? = nil,
        customerProfiles: CustomerProfilesMetadata? = nil,
        honeycode: HoneycodeMetadata? = nil,
        sapOData: SAPODataMetadata? = nil,
        pardot: PardotMetadata? = nil
    ) {
        self.amplitude = amplitude
        self.datadog = datadog
        self.dynatrace = dynatrace
        self.googleAnalytics = googleAnalytics
        self.inforNexus = inforNexus
        self.marketo = marketo
        self.redshift = redshift
        self.s3 = s3
        self.salesforce = salesforce
        self.serviceNow = serviceNow
        self.singular = singular
        self.slack = slack
        self.snowflake = snowflake
        self.trendMicro = trendMicro
        self.veeva = veeva
        self.zendesk = zendesk
        self.eventBridge = eventBridge
        self.upsolver = upsolver
        self.customerProfiles = customerProfiles
        self.honeycode = honeycode
        self.sapOData = sapOData
        self.pardot = pardot
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        amplitude = try container.decodeStructureIfPresent(AmplitudeMetadata.self, forKey: .amplitude)
        datadog = try container.decodeStructureIfPresent(DatadogMetadata.self, forKey: .datadog)
        dynatrace = try container.decodeStructureIfPresent(DynatraceMetadata.self, forKey: .dynatrace)
        googleAnalytics = try container.decodeStructureIfPresent(GoogleAnalyticsMetadata.self, forKey: .googleAnalytics)
        inforNexus = try container.decodeStructureIfPresent(InforNexusMetadata.self, forKey: .inforNexus)
        marketo = try container.decodeStructureIfPresent(MarketoMetadata.self, forKey: .marketo)
        redshift = try container.decodeStructureIfPresent(RedshiftMetadata.self, forKey: .redshift)
        s3 = try container.decodeStructureIfPresent(S3Metadata.self, forKey: .s3)
        salesforce = try container.decodeStructureIfPresent(SalesforceMetadata.self, forKey: .salesforce)
        serviceNow = try container.decodeStructureIfPresent(ServiceNowMetadata.self, forKey: .serviceNow)
        singular = try container.decodeStructureIfPresent(SingularMetadata.self, forKey: .singular)
        slack = try container.decodeStructureIfPresent(SlackMetadata.self, forKey: .slack)
        snowflake = try container.decodeStructureIfPresent(SnowflakeMetadata.self, forKey: .snowflake)
        trendMicro = try container.decodeStructureIfPresent(TrendmicroMetadata.self, forKey: .trendMicro)
        veeva = try container.decodeStructureIfPresent(VeevaMetadata.self, forKey: .veeva)
        zendesk = try container.decodeStructureIfPresent(ZendeskMetadata.self, forKey: .zendesk)
        eventBridge = try container.decodeStructureIfPresent(EventBridgeMetadata.self, forKey: .eventBridge)
        upsolver = try container.decodeStructureIfPresent(UpsolverMetadata.self, forKey: .upsolver)
        customerProfiles = try container.decodeStructureIfPresent(
            CustomerProfilesMetadata.self, forKey: .customerProfiles)
        honeycode = try container.decodeStructureIfPresent(HoneycodeMetadata.self, forKey: .honeycode)
        sapOData = try container.decodeStructureIfPresent(SAPODataMetadata.self, forKey: .sapOData)
        pardot = try container.decodeStructureIfPresent(PardotMetadata.self, forKey: .pardot)
    }
}
