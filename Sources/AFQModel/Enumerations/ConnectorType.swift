/// Which connector a configuration describes; also the key of DescribeConnectors'
/// `connectorConfigurations` map.
///
/// The spellings are the service's (`Googleanalytics`, `Servicenow`, `Infornexus`), which differ from
/// the member names of `ConnectorMetadata` (Amazon AppFlow API Reference, ConnectorConfiguration and
/// ConnectorMetadata). `Honeycode` and `LookoutMetrics` are services AWS has retired; the model
/// still lists them.
public struct ConnectorType: ModelEnumeration {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let salesforce = ConnectorType(rawValue: "Salesforce")
    public static let singular = ConnectorType(rawValue: "Singular")
    public static let slack = ConnectorType(rawValue: "Slack")
    public static let redshift = ConnectorType(rawValue: "Redshift")
    public static let s3 = ConnectorType(rawValue: "S3")
    public static let marketo = ConnectorType(rawValue: "Marketo")
    public static let googleAnalytics = ConnectorType(rawValue: "Googleanalytics")
    public static let zendesk = ConnectorType(rawValue: "Zendesk")
    public static let serviceNow = ConnectorType(rawValue: "Servicenow")
    public static let datadog = ConnectorType(rawValue: "Datadog")
    public static let trendMicro = ConnectorType(rawValue: "Trendmicro")
    public static let snowflake = ConnectorType(rawValue: "Snowflake")
    public static let dynatrace = ConnectorType(rawValue: "Dynatrace")
    public static let inforNexus = ConnectorType(rawValue: "Infornexus")
    public static let amplitude = ConnectorType(rawValue: "Amplitude")
    public static let veeva = ConnectorType(rawValue: "Veeva")
    public static let eventBridge = ConnectorType(rawValue: "EventBridge")
    public static let lookoutMetrics = ConnectorType(rawValue: "LookoutMetrics")
    public static let upsolver = ConnectorType(rawValue: "Upsolver")
    public static let honeycode = ConnectorType(rawValue: "Honeycode")
    public static let customerProfiles = ConnectorType(rawValue: "CustomerProfiles")
    public static let sapOData = ConnectorType(rawValue: "SAPOData")
    public static let customConnector = ConnectorType(rawValue: "CustomConnector")
    public static let pardot = ConnectorType(rawValue: "Pardot")

    /// The modeled values, in the service model's order.
    public static let knownValues: [ConnectorType] = [
        .salesforce, .singular, .slack, .redshift, .s3, .marketo, .googleAnalytics, .zendesk, .serviceNow,
        .datadog, .trendMicro, .snowflake, .dynatrace, .inforNexus, .amplitude, .veeva, .eventBridge,
        .lookoutMetrics, .upsolver, .honeycode, .customerProfiles, .sapOData, .customConnector, .pardot,
    ]
}
