/// Chooses the regions, in the AWS CLI v2 order: `--region` (a comma-separated list, or `all`
/// for every AppFlow region) → `AWS_REGION` → `AWS_DEFAULT_REGION` → the profile's `region`.
///
/// With none of them there is no silent default, except when an endpoint URL is configured:
/// then the credential scope still needs a region, and `us-east-1` is used with a notice
/// (docs/live.md, "Regions").
public struct RegionResolver: Sendable, CustomReflectable {
    /// Not public, and not shown when printed: it may hold keys.
    let environment: [String: String]
    public let profile: ConfigProfile?

    /// The fallback when only a custom endpoint is configured (docs/live.md, "Regions").
    public static let customEndpointDefault = "us-east-1"

    public init(environment: [String: String], profile: ConfigProfile?) {
        self.environment = environment
        self.profile = profile
    }

    public var customMirror: Mirror { Mirror(self, children: ["profile": profile as Any], displayStyle: .struct) }

    /// - Parameters:
    ///   - option: the value of `--region`, if given, e.g. `"us-east-1, eu-west-1"`: trimmed,
    ///     empty parts and repeats dropped.
    ///   - hasCustomEndpoint: an endpoint URL is configured (`EndpointResolver.configuredEndpoint()`).
    /// - Throws: `ConfigurationError.invalidRegion`, `.emptyRegionList` or `.missingRegion`.
    public func resolve(option: String?, hasCustomEndpoint: Bool = false) throws(ConfigurationError) -> RegionSelection
    {
        try resolve(
            regions: option.map { $0.split(separator: ",").map(String.init) }, hasCustomEndpoint: hasCustomEndpoint)
    }

    /// The same for a `--region` list already split at commas (`LiveOptions.regions`).
    public func resolve(regions option: [String]?, hasCustomEndpoint: Bool = false) throws(ConfigurationError)
        -> RegionSelection
    {
        if let option {
            let words = option.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if words.contains(AppFlowRegions.everyRegionWord) {
                guard words.count == 1 else {
                    throw .invalidRegion(
                        value: words.joined(separator: ","), origin: "--region (`all` stands alone)")
                }
                return RegionSelection(regions: AppFlowRegions.all, origin: "--region all", isEveryRegion: true)
            }
            var regions: [String] = []
            for part in option {
                let region = part.trimmingWhitespace()
                guard !region.isEmpty else { continue }
                try RegionResolver.validate(region, origin: "--region")
                if !regions.contains(region) { regions.append(region) }
            }
            guard !regions.isEmpty else { throw .emptyRegionList }
            return RegionSelection(regions: regions, origin: "--region")
        }
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment[variable]?.trimmingWhitespace(), !value.isEmpty {
                try RegionResolver.validate(value, origin: variable)
                return RegionSelection(regions: [value], origin: variable)
            }
        }
        if let profile, let value = profile.value("region")?.trimmingWhitespace(), !value.isEmpty {
            let origin = "profile \(profile.name)"
            try RegionResolver.validate(value, origin: origin)
            return RegionSelection(regions: [value], origin: origin)
        }
        if hasCustomEndpoint {
            let region = RegionResolver.customEndpointDefault
            return RegionSelection(
                regions: [region], origin: "the default for a custom endpoint",
                notice:
                    "no region set; signing for \(region) because an endpoint URL is configured (use --region to choose another)"
            )
        }
        throw .missingRegion(profile: profile?.name ?? "default", configFile: profile?.configFile ?? "~/.aws/config")
    }

    /// Loose validation: a DNS label of lower-case letters, digits and hyphens, as botocore's
    /// region check (it becomes part of a host name and of the credential scope).
    static func validate(_ region: String, origin: String) throws(ConfigurationError) {
        let bytes = Array(region.utf8)
        let allowed = bytes.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "-")
        }
        guard allowed, (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-")
        else { throw .invalidRegion(value: region, origin: origin) }
    }
}
