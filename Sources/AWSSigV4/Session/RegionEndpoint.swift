/// One region to query and the base URL its requests go to; sign them for `region`
/// (appflow-api §5.3).
public struct RegionEndpoint: Sendable, Equatable {
    public let region: String
    public let endpoint: ResolvedEndpoint

    public init(region: String, endpoint: ResolvedEndpoint) {
        self.region = region
        self.endpoint = endpoint
    }
}
