import AWSSigV4

/// The region names `--region` accepts, for the shell completions `afq --completions` writes, so
/// the executable need not reach into AWSSigV4 itself.
extension LiveOptions {
    /// The regions AppFlow runs in, sorted.
    public static let appFlowRegions: [String] = AppFlowRegions.all

    /// The word that asks for every one of them (`--region all`).
    public static let everyRegionWord: String = AppFlowRegions.everyRegionWord
}
