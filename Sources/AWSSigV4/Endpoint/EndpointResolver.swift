/// Finds a service's base URL in the order of the AWS SDKs and Tools Reference Guide
/// ("Service-specific endpoints"):
///
/// 1. `--endpoint-url` (always wins; AppFlow only);
/// 2. `AWS_ENDPOINT_URL_<SERVICE>` (`AWS_ENDPOINT_URL_APPFLOW`, `…_STS`, `…_SSO`, …);
/// 3. `AWS_ENDPOINT_URL`;
/// 4. the profile's `services = NAME` → `[services NAME]` → `appflow =` (`sts =`, …) →
///    `endpoint_url`;
/// 5. the profile's own `endpoint_url`;
/// 6. computed from the region and partition.
///
/// Steps 2–5 are skipped when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` or the profile has
/// `ignore_configured_endpoint_urls = true`. FIPS and dual-stack hosts are used only when
/// `AWS_USE_FIPS_ENDPOINT` / `AWS_USE_DUALSTACK_ENDPOINT` (or the profile's
/// `use_fips_endpoint` / `use_dualstack_endpoint`) are `true`; either one with a custom
/// endpoint is an error.
public struct EndpointResolver: Sendable, CustomReflectable {
    /// AppFlow's endpoint prefix and signing name.
    public static let endpointPrefix = AWSService.appflow.hostPrefix

    public let service: AWSService
    public let option: String?
    /// Not public, and not shown when printed: it may hold keys.
    let environment: [String: String]
    public let profile: ConfigProfile?

    /// - Parameters:
    ///   - option: the value of `--endpoint-url` (or `.live --endpoint-url`), if given.
    ///   - service: AppFlow unless said otherwise.
    public init(
        option: String?, environment: [String: String], profile: ConfigProfile?, service: AWSService = .appflow
    ) {
        self.service = service
        self.option = option
        self.environment = environment
        self.profile = profile
    }

    public var customMirror: Mirror { Mirror(self, children: ["profile": profile as Any], displayStyle: .struct) }

    /// The custom endpoint of steps 1–5, or `nil` when the URL is computed from the region.
    public func configuredEndpoint() throws(ConfigurationError) -> ResolvedEndpoint? {
        if service == .appflow, let option, !option.trimmingWhitespace().isEmpty {
            return try EndpointResolver.custom(option, origin: "--endpoint-url")
        }
        let ignore =
            environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
            || profile?.flag("ignore_configured_endpoint_urls") == true
        if ignore { return nil }
        for variable in [service.environmentVariable, "AWS_ENDPOINT_URL"] {
            if let value = environment[variable], !value.trimmingWhitespace().isEmpty {
                return try EndpointResolver.custom(value, origin: variable)
            }
        }
        guard let profile else { return nil }
        if let servicesName = profile.value("services") {
            guard let section = profile.servicesSection else {
                throw .servicesSectionNotFound(
                    name: servicesName, profile: profile.name, configFile: profile.configFile)
            }
            if case .subsection(let settings) = section[service.servicesKey],
                let url = settings["endpoint_url"], !url.isEmpty
            {
                return try EndpointResolver.custom(url, origin: "[services \(servicesName)] in \(profile.configFile)")
            }
        }
        if let url = profile.value("endpoint_url") {
            return try EndpointResolver.custom(url, origin: "profile \(profile.name)")
        }
        return nil
    }

    /// The endpoint for one region: the custom one if configured, else computed. Sign its
    /// requests for `service.signingRegion(for: region)`.
    /// - Throws: `ConfigurationError` for a malformed URL, FIPS/dual-stack with a custom
    ///   endpoint, or a variant the partition lacks.
    public func resolve(region: String) throws(ConfigurationError) -> ResolvedEndpoint {
        let fips = setting("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint")
        let dualStack = setting("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint")
        if let custom = try configuredEndpoint() {
            if fips { throw .endpointVariantWithCustomEndpoint(variant: "FIPS", endpointOrigin: custom.origin) }
            if dualStack {
                throw .endpointVariantWithCustomEndpoint(variant: "dual-stack", endpointOrigin: custom.origin)
            }
            return custom
        }
        guard service == .appflow else {
            let home = service.signingRegion(for: region)
            return ResolvedEndpoint(
                baseURL: "https://\(service.hostPrefix).\(home).\(Partition.of(region: home).dnsSuffix)",
                origin: "computed for \(home)", isCustom: false)
        }
        return try EndpointResolver.computed(region: region, fips: fips, dualStack: dualStack)
    }

    /// AppFlow's host: `https://appflow[-fips].{region}.{dnsSuffix | dualStackDnsSuffix}`.
    public static func computed(region: String, fips: Bool = false, dualStack: Bool = false) throws(ConfigurationError)
        -> ResolvedEndpoint
    {
        let partition = Partition.of(region: region)
        var suffix = partition.dnsSuffix
        if dualStack {
            guard let dualStackSuffix = partition.dualStackDnsSuffix else {
                throw .unsupportedEndpointVariant(variant: "dual-stack", region: region)
            }
            suffix = dualStackSuffix
        }
        let prefix = fips ? endpointPrefix + "-fips" : endpointPrefix
        return ResolvedEndpoint(
            baseURL: "https://\(prefix).\(region).\(suffix)", origin: "computed for \(region)", isCustom: false)
    }

    /// An environment variable, else the profile setting; only `true` (any case) is true.
    /// FIPS and dual-stack hosts are chosen for AppFlow only.
    private func setting(_ variable: String, _ profileSetting: String) -> Bool {
        guard service == .appflow else { return false }
        if let value = environment[variable], !value.isEmpty { return value.lowercased() == "true" }
        return profile?.flag(profileSetting) == true
    }

    /// Checks scheme and host and drops trailing slashes so operation paths can be appended.
    static func custom(_ value: String, origin: String) throws(ConfigurationError) -> ResolvedEndpoint {
        var url = value.trimmingWhitespace()
        guard let parsed = RequestURL(url), parsed.scheme == "http" || parsed.scheme == "https", parsed.query == nil
        else { throw .invalidEndpointURL(value: value, origin: origin) }
        while url.hasSuffix("/") { url.removeLast() }
        return ResolvedEndpoint(baseURL: url, origin: origin, isCustom: true)
    }
}
