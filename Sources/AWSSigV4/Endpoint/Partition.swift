/// An AWS partition and its DNS suffixes, chosen from the region name (AWS General Reference,
/// "Service endpoints"; botocore's `partitions.json`).
public struct Partition: Sendable, Equatable {
    public let name: String
    public let dnsSuffix: String
    /// `nil` where the reference gives none (the ISO partitions and aws-eusc).
    public let dualStackDnsSuffix: String?

    public static let aws = Partition(name: "aws", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws")
    public static let china = Partition(
        name: "aws-cn", dnsSuffix: "amazonaws.com.cn", dualStackDnsSuffix: "api.amazonwebservices.com.cn")
    public static let govCloud = Partition(
        name: "aws-us-gov", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws")

    /// Region-name prefixes of the partitions other than `aws`, each followed by `\w+-\d+`.
    /// Longer prefixes first, so `us-isob-` is not taken for `us-iso-`.
    private static let prefixed: [(prefix: String, partition: Partition)] = [
        ("cn-", china),
        ("us-gov-", govCloud),
        ("us-isob-", Partition(name: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", dualStackDnsSuffix: nil)),
        ("us-isof-", Partition(name: "aws-iso-f", dnsSuffix: "csp.hci.ic.gov", dualStackDnsSuffix: nil)),
        ("us-iso-", Partition(name: "aws-iso", dnsSuffix: "c2s.ic.gov", dualStackDnsSuffix: nil)),
        ("eu-isoe-", Partition(name: "aws-iso-e", dnsSuffix: "cloud.adc-e.uk", dualStackDnsSuffix: nil)),
        ("eusc-de-", Partition(name: "aws-eusc", dnsSuffix: "amazonaws.eu", dualStackDnsSuffix: nil)),
    ]

    /// The partition of a region; unknown region names fall into `aws`, as the SDKs' endpoint
    /// rules have it.
    public static func of(region: String) -> Partition {
        for entry in prefixed where region.hasPrefix(entry.prefix) {
            if matchesNameAndNumber(region.dropFirst(entry.prefix.count)) { return entry.partition }
        }
        return aws
    }

    /// `\w+-\d+`, the tail of every partition's region pattern.
    private static func matchesNameAndNumber(_ rest: Substring) -> Bool {
        guard let dash = rest.lastIndex(of: "-") else { return false }
        let name = rest[..<dash]
        let number = rest[rest.index(after: dash)...]
        return !name.isEmpty && !number.isEmpty
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && number.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
