import AFQQuery

/// Which connector a row describes, so `changes` can pair a snapshot's rows with the baseline's
/// (docs/changes.md, "Which rows are the same connector").
///
/// Its hash is worked out once, on the worker thread that read the row: the table of one side
/// is built and probed on one thread for every connector of both sides, where hashing the ARN's
/// text at each look-up showed (docs/performance.md, "changes").
struct ConnectorIdentity: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A registered connector's ARN, which names its account, region and label.
        case arn(String)
        /// A connector without an ARN: an AWS-managed one is one of a kind per account and region
        /// (DescribeConnectors keys them by type), a custom one is also named by its label.
        case named(account: String?, region: String?, type: String, label: String?)
    }

    let kind: Kind
    private let hash: Int

    init(_ kind: Kind) {
        self.kind = kind
        var hasher = Hasher()
        hasher.combine(kind)
        hash = hasher.finalize()
    }

    /// The identity of `row`; nil when it has none: no ARN, and no type, or a custom connector
    /// without a label, of which an account and region may have any number.
    init?(_ row: Row) {
        if let arn = row.value["connectorArn"].stringValue, !arn.isEmpty {
            self.init(.arn(arn))
            return
        }
        guard let type = row.value["connectorType"].stringValue, !type.isEmpty else { return nil }
        let label = row.value["connectorLabel"].stringValue.flatMap { $0.isEmpty ? nil : $0 }
        if label == nil, type == ConnectorIdentity.customConnectorType { return nil }
        self.init(.named(account: row.source.account, region: row.source.region, type: type, label: label))
    }

    static let customConnectorType = "CustomConnector"

    static func == (a: ConnectorIdentity, b: ConnectorIdentity) -> Bool {
        a.hash == b.hash && a.kind == b.kind
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// How a warning names the connector.
    var description: String {
        switch kind {
        case .arn(let arn): return arn
        case .named(let account, let region, let type, let label):
            let place = [account, region].compactMap { $0 }.joined(separator: " ")
            return (label.map { "\(type) `\($0)`" } ?? type) + (place.isEmpty ? "" : " in \(place)")
        }
    }
}
