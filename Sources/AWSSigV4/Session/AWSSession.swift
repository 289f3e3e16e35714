import Foundation

/// Everything the live source needs to know before its first request, resolved in one step so
/// that option and config mistakes surface before any network traffic: the shared files, the
/// profile, the regions and each region's endpoint (docs/live.md, "Regions" and "Endpoints").
///
/// ```swift
/// let session = try AWSSession.resolve(profile: options.profile, regions: options.regions,
///                                       endpointURL: options.endpointURL, environment: environment)
/// if let notice = session.regions.notice { stderr.write(notice) }
/// let credentials = try await session.credentialChain(transport: transport).resolve()
/// for target in session.targets { … SigV4.sign(request, credentials: credentials,
///     region: target.region, service: "appflow", date: SigningDate(now)) … }
/// ```
///
/// Printing a session shows profile, regions and endpoints, never the environment or file
/// contents.
public struct AWSSession: Sendable, CustomStringConvertible, CustomReflectable {
    /// Not public: it may hold keys.
    let environment: [String: String]
    public let config: SharedConfig
    public let profile: ConfigProfile
    public let regions: RegionSelection
    /// One per region, in the order of `regions.regions`.
    public let targets: [RegionEndpoint]

    /// - Parameters:
    ///   - profile: `--profile`, if given.
    ///   - regions: `--region`, already split at commas, if given.
    ///   - endpointURL: `--endpoint-url`, if given.
    ///   - environment: the process environment (injected).
    ///   - home: the home folder for `~/.aws/…`; defaults to `HOME`.
    /// - Throws: `ConfigurationError` (a usage error): malformed shared files, unknown profile,
    ///   bad or missing region, bad endpoint URL, FIPS/dual-stack with a custom endpoint.
    public static func resolve(
        profile: String?, regions: [String]?, endpointURL: String?, environment: [String: String], home: String? = nil
    ) throws(ConfigurationError) -> AWSSession {
        let config = try SharedConfig.load(environment: environment, home: home)
        let activeProfile = try config.profile(ProfileSelection(option: profile, environment: environment))
        let endpoints = EndpointResolver(option: endpointURL, environment: environment, profile: activeProfile)
        let hasCustomEndpoint = try endpoints.configuredEndpoint() != nil
        let selection = try RegionResolver(environment: environment, profile: activeProfile).resolve(
            regions: regions, hasCustomEndpoint: hasCustomEndpoint)
        var targets: [RegionEndpoint] = []
        for region in selection.regions {
            targets.append(RegionEndpoint(region: region, endpoint: try endpoints.resolve(region: region)))
        }
        return AWSSession(
            environment: environment, config: config, profile: activeProfile, regions: selection, targets: targets)
    }

    public var description: String {
        let places = targets.map { "\($0.region) → \($0.endpoint.baseURL)" }.joined(separator: ", ")
        return "AWSSession(profile \(profile.name), \(places))"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["profile": profile, "regions": regions, "targets": targets], displayStyle: .struct)
    }

    /// The credential chain for this session's profile, with the shared files for its
    /// `source_profile`s.
    /// - Parameters:
    ///   - transport: for STS and the container and instance-metadata endpoints.
    ///   - processStandardError: where a `credential_process` writes errors; `nil` inherits.
    ///   - mfaCode: asks for the code of a role profile's `mfa_serial`; `nil` without a terminal.
    public func credentialChain(
        transport: any HTTPTransport, processStandardError: FileHandle? = nil,
        mfaCode: CredentialChain.MFACodePrompt? = nil
    ) -> CredentialChain {
        CredentialChain(
            environment: environment, config: config, profile: profile, transport: transport,
            processStandardError: processStandardError, mfaCode: mfaCode)
    }
}
