/// A problem with options, environment variables or the shared config files that is not about
/// credentials themselves: region, endpoint, profile name, file syntax. afq reports these as
/// usage errors (exit status 2). Messages never quote file lines or values that may be secret.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A shared file could not be parsed; `line` is 1-based.
    case malformedFile(path: String, line: Int, problem: String)
    /// A shared file exists but cannot be read.
    case unreadableFile(path: String, reason: String)
    /// The profile chosen by `--profile` or `AWS_PROFILE` is in neither file.
    case profileNotFound(profile: String, origin: String, files: [String])
    /// A region name that cannot be one; `origin` is `--region`, `AWS_REGION`, … .
    case invalidRegion(value: String, origin: String)
    /// `--region` given but empty after trimming, e.g. `--region ,`.
    case emptyRegionList
    /// No region anywhere, and no endpoint URL either (docs/live.md, "Regions").
    case missingRegion(profile: String, configFile: String)
    /// An endpoint URL without `http`/`https` scheme or host.
    case invalidEndpointURL(value: String, origin: String)
    /// FIPS or dual-stack together with a custom endpoint (docs/live.md, "Endpoints").
    case endpointVariantWithCustomEndpoint(variant: String, endpointOrigin: String)
    /// FIPS or dual-stack asked for in a partition that has no such endpoints.
    case unsupportedEndpointVariant(variant: String, region: String)
    /// The profile's `services = NAME` has no `[services NAME]` section.
    case servicesSectionNotFound(name: String, profile: String, configFile: String)
    /// The CA bundle named by `AWS_CA_BUNDLE`, a profile's `ca_bundle` or `REQUESTS_CA_BUNDLE`
    /// cannot be used; `problem` says why (it does not exist, is a folder, cannot be read).
    case unusableCABundle(path: String, origin: String, problem: String)
    /// A proxy URL (user name and password already redacted) whose scheme is not http or https.
    case invalidProxyURL(value: String, origin: String)

    public var description: String {
        switch self {
        case .malformedFile(let path, let line, let problem):
            "\(path) line \(line): \(problem); fix or remove the line"
        case .unreadableFile(let path, let reason):
            "cannot read \(path): \(reason); check its permissions, or point AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE elsewhere"
        case .profileNotFound(let profile, let origin, let files):
            "profile '\(profile)' (from \(origin)) is in neither \(files.joined(separator: " nor ")); check the name, or create it with `aws configure --profile \(profile)`"
        case .invalidRegion(let value, let origin):
            "invalid region '\(value)' from \(origin): region names are lower-case letters, digits and hyphens, e.g. us-east-1"
        case .emptyRegionList:
            "--region needs at least one region, e.g. --region us-east-1 or --region us-east-1,eu-west-1"
        case .missingRegion(let profile, let configFile):
            "no AWS region set: pass --region (e.g. --region us-east-1), set AWS_REGION, or add `region = us-east-1` to profile \(profile) in \(configFile)"
        case .invalidEndpointURL(let value, let origin):
            "invalid endpoint URL '\(value)' from \(origin): give a scheme and host, e.g. https://appflow.us-east-1.amazonaws.com or http://localhost:4566"
        case .endpointVariantWithCustomEndpoint(let variant, let endpointOrigin):
            "\(variant) endpoints cannot be combined with a custom endpoint URL (from \(endpointOrigin)); turn off \(variant) or drop the endpoint URL"
        case .unsupportedEndpointVariant(let variant, let region):
            "region \(region) has no \(variant) endpoints; turn off \(variant) or give an endpoint URL with --endpoint-url"
        case .servicesSectionNotFound(let name, let profile, let configFile):
            "profile \(profile) has `services = \(name)` but \(configFile) has no [services \(name)] section; add the section or remove the setting"
        case .unusableCABundle(let path, let origin, let problem):
            "CA bundle \(path) (from \(origin)) \(problem); point it at a PEM file of the certificate authorities to trust, or remove the setting"
        case .invalidProxyURL(let value, let origin):
            "invalid proxy URL '\(value)' from \(origin): give an http:// or https:// URL, e.g. http://proxy.example.com:3128"
        }
    }
}
