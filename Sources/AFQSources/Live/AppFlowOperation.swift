/// The AppFlow operations the `connectors` source calls (Amazon AppFlow API Reference,
/// "Actions"): each is a POST of a JSON body to a fixed path.
public enum AppFlowOperation: String, Sendable, CaseIterable {
    case describeConnectors = "DescribeConnectors"
    case listConnectors = "ListConnectors"
    case describeConnector = "DescribeConnector"

    /// The path of each action's "Request Syntax" in the Amazon AppFlow API Reference.
    public var path: String {
        switch self {
        case .describeConnectors: return "/describe-connectors"
        case .listConnectors: return "/list-connectors"
        case .describeConnector: return "/describe-connector"
        }
    }
}
