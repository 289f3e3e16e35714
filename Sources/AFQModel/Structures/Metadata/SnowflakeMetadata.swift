/// Metadata of the Snowflake connector: the regions it can reach (Amazon AppFlow API Reference,
/// SnowflakeMetadata).
public struct SnowflakeMetadata: ModelStructure {
    public var supportedRegions: [String]?

    public static let fieldSummaries: [String: String] = [
        "supportedRegions": "regions in which Snowflake destinations can be used"
    ]

    public init(supportedRegions: [String]? = nil) {
        self.supportedRegions = supportedRegions
    }
}
