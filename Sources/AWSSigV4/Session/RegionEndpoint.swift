/// One region to query and the base URL its requests go to; sign them for `region`, also
/// through a custom endpoint (docs/live.md, "Endpoints").
public struct RegionEndpoint: Sendable, Equatable {
    public let region: String
    public let endpoint: ResolvedEndpoint

    public init(region: String, endpoint: ResolvedEndpoint) {
        self.region = region
        self.endpoint = endpoint
    }
}
