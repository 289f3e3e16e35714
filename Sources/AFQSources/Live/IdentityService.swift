import AWSSigV4
import Foundation

/// Who the credentials are (STS GetCallerIdentity) and the roles an organisation fetch assumes
/// (STS AssumeRole), through the profile's STS endpoint: regional, in the profile's region
/// (AWS SDKs and Tools Reference Guide, "AWS STS Regionalized endpoints").
struct IdentityService: Sendable {
    let environment: [String: String]
    let transport: any HTTPTransport

    /// The region for calls that are not per region: AWS_REGION, AWS_DEFAULT_REGION, the
    /// profile's `region`, else `us-east-1` (as the SDKs' STS client).
    func homeRegion(of session: AWSSession) -> String {
        let resolver = RegionResolver(environment: environment, profile: session.profile)
        return (try? resolver.resolve(regions: nil).regions.first) ?? "us-east-1"
    }

    private func client(for session: AWSSession) throws(ConfigurationError) -> STSClient {
        let region = homeRegion(of: session)
        let endpoint = try EndpointResolver(
            option: nil, environment: environment, profile: session.profile, service: .sts
        )
        .resolve(region: region)
        return STSClient(endpoint: endpoint, signingRegion: region, transport: transport)
    }

    /// The account the credentials act in, or nil when STS is not to be asked.
    ///
    /// **Decision**: with AppFlow sent to a custom endpoint (`--endpoint-url`, a test double or
    /// LocalStack) and no STS endpoint configured, the real STS is not asked about credentials
    /// meant for that endpoint; the account then comes from the custom connectors' ARNs.
    func callerAccount(credentials: Credentials, session: AWSSession) async throws -> String? {
        let appflowIsCustom = session.targets.contains { $0.endpoint.isCustom }
        let stsEndpoints = EndpointResolver(
            option: nil, environment: environment, profile: session.profile, service: .sts)
        if appflowIsCustom, try stsEndpoints.configuredEndpoint() == nil { return nil }
        return try await client(for: session).callerIdentity(credentials: credentials).account
    }

    /// Credentials for `roleArn`, assumed with `credentials`; the session is named
    /// `afq-<unix seconds>` as the profile's roles are.
    func assumeRole(_ roleArn: String, credentials: Credentials, session: AWSSession) async throws(CredentialsError)
        -> Credentials
    {
        let sts: STSClient
        do throws(ConfigurationError) {
            sts = try client(for: session)
        } catch {
            throw .configuration(error)
        }
        do throws(STSError) {
            return try await sts.assumeRole(
                roleArn: roleArn, sessionName: "afq-\(Int(Date().timeIntervalSince1970))", externalId: nil, mfa: nil,
                durationSeconds: nil, credentials: credentials
            ).credentials
        } catch {
            throw .sts(error)
        }
    }
}
