/// The AppFlow operations the `connectors` source calls (appflow-api §2): each is a POST of a
/// JSON body to a fixed path.
public enum AppFlowOperation: String, Sendable, CaseIterable {
    case describeConnectors = "DescribeConnectors"
    case listConnectors = "ListConnectors"
    case describeConnector = "DescribeConnector"

    /// appflow-api §2, "Method + path".
    public var path: String {
        switch self {
        case .describeConnectors: return "/describe-connectors"
        case .listConnectors: return "/list-connectors"
        case .describeConnector: return "/describe-connector"
        }
    }
}
