/// The region and account in a `connectorArn` (`arn:aws:appflow:REGION:ACCOUNT:...`), which say
/// where a row came from when a recording does not (docs/recording.md, "What afq reads":
/// Provenance).
struct ConnectorARN: Sendable, Hashable {
    var region: String?
    var account: String?

    init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count >= 5, parts[0] == "arn" else { return nil }
        region = parts[3].isEmpty ? nil : String(parts[3])
        account = parts[4].isEmpty ? nil : String(parts[4])
    }
}
