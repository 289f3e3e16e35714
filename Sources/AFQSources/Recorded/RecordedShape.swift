import AFQQuery

/// What a recorded value is, told by its members, and which members hold its rows: the one place
/// that says how AppFlow's responses are read, whether afq fetched them, the AWS CLI printed them
/// (the same bodies, pretty-printed, pages one after another) or an afq recording wraps them.
/// docs/recording.md, "What afq reads", says the same for users.
///
/// `RecordedDataBuilder` recognises every top-level value, array element and JSON Lines line with
/// `init(of:configurationMembers:)` and reads rows from the members named here. The streamed
/// reader keeps a scan of its own: it builds only what a query reads (`RowProjection`), which is
/// what makes 100k-connector files fast, so it cannot hand whole objects to the builder. Its
/// projection therefore reads every member of `wrapperMembers` as this table says, and the
/// builder recognises the projected value exactly as it would the whole one.
enum RecordedShape: Equatable {
    /// A line of an afq recording (`afqRecording`, docs/recording.md, "afq recordings"): the rows
    /// of its `response`, which is one of the responses below.
    case recording
    /// A DescribeConnectors or ListConnectors page: full rows in `connectorConfigurations`,
    /// summaries in `connectors`.
    case connectorsPage
    /// A DescribeConnector response: one full row in `connectorConfiguration`.
    case connectorResponse
    /// A bare ConnectorConfiguration: the object is the row.
    case configuration
    /// None of these: an error that points at the value.
    case unrecognized

    // MARK: - Members of AppFlow's responses

    /// DescribeConnectors' map from connector type to ConnectorConfiguration (Amazon AppFlow API
    /// Reference, DescribeConnectors). Each entry is a row: one without `connectorType` takes it
    /// from its key, and a `null` entry gives none.
    static let connectorConfigurations = "connectorConfigurations"
    /// The ConnectorDetail summaries of DescribeConnectors and ListConnectors (Amazon AppFlow API
    /// Reference, ListConnectors). A summary is a row only where no full row describes the same
    /// connector (docs/recording.md, "What afq reads": Connector summaries).
    static let connectors = "connectors"
    /// DescribeConnector's one ConnectorConfiguration (Amazon AppFlow API Reference,
    /// DescribeConnector).
    static let connectorConfiguration = "connectorConfiguration"
    /// The token for a page after this one (Amazon AppFlow API Reference, DescribeConnectors and
    /// ListConnectors): the live fetch follows it (`RegionFetcher`); recorded pages are each read
    /// as they are, so reading one ignores it, and it is never row data.
    static let nextToken = "nextToken"

    /// How a member of a response, array element or recording line holds what the reader takes.
    enum Holding {
        /// One ConnectorConfiguration, a row.
        case row
        /// A map from connector type to ConnectorConfiguration, a row per entry.
        case rowsByConnectorType
        /// A list of ConnectorDetail summaries.
        case summaries
        /// A recording line's response: one of the responses above.
        case response
        /// A value read whole: the recording's version, operation and error, and the provenance
        /// keys (docs/recording.md: `region`, `accountId` and `accountName` beside the rows).
        case whole
    }

    /// Every member the reader looks at in an object that is not a bare configuration, and how it
    /// holds what is taken from it. A projected read must read each of these as said here.
    static let wrapperMembers: [(name: String, holding: Holding)] = [
        (connectorConfiguration, .row), (connectorConfigurations, .rowsByConnectorType), (connectors, .summaries),
        (AFQRecording.Key.response, .response), (AFQRecording.Key.version, .whole),
        (AFQRecording.Key.operation, .whole), (AFQRecording.Key.error, .whole), (AFQRecording.Key.region, .whole),
        (AFQRecording.Key.accountId, .whole), (AFQRecording.Key.accountName, .whole),
    ]

    // MARK: - Recognition

    /// The shape of `object`: a recording line by its version member, else a response by the
    /// member holding its rows, else a bare configuration when it has any ConnectorConfiguration
    /// member (`configurationMembers`, the model's).
    init(of object: Record, configurationMembers: Set<String>) {
        if object.index(of: AFQRecording.Key.version) != nil {
            self = .recording
        } else if let response = RecordedShape(response: object) {
            self = response
        } else if object.keys.contains(where: configurationMembers.contains) {
            self = .configuration
        } else {
            self = .unrecognized
        }
    }

    /// The response `object` is, if it is one; a recording line's `response` must be.
    init?(response object: Record) {
        // `index(of:)`, not `object[key] != nil`, which copies the value.
        if object.index(of: RecordedShape.connectorConfigurations) != nil
            || object.index(of: RecordedShape.connectors) != nil
        {
            self = .connectorsPage
        } else if object.index(of: RecordedShape.connectorConfiguration) != nil {
            self = .connectorResponse
        } else {
            return nil
        }
    }
}
