/// The regions to query, where they came from, and a notice for the user when afq chose one.
public struct RegionSelection: Sendable, Equatable {
    /// One or more, in the order given, without duplicates. Sign each request series with its
    /// own region (docs/live.md, "Regions").
    public let regions: [String]
    /// `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, `profile dev`, or `the default for a custom endpoint`.
    public let origin: String
    /// A line for standard error when afq picked the region itself (docs/live.md, "Regions").
    public let notice: String?
    /// `--region all`: every AppFlow region, where a region the account has not enabled is a
    /// note rather than a failure.
    public let isEveryRegion: Bool

    public init(regions: [String], origin: String, notice: String? = nil, isEveryRegion: Bool = false) {
        self.regions = regions
        self.origin = origin
        self.notice = notice
        self.isEveryRegion = isEveryRegion
    }
}
