extension CredentialChain {
    /// The region STS is called in for assume role and web identity: `AWS_REGION`,
    /// `AWS_DEFAULT_REGION`, the profile's `region`, else `us-east-1`, as botocore chooses
    /// the region of its credential clients.
    func stsRegion() throws(CredentialsError) -> String {
        let candidates: [(value: String?, origin: String)] = [
            (environment["AWS_REGION"], "AWS_REGION"), (environment["AWS_DEFAULT_REGION"], "AWS_DEFAULT_REGION"),
            (profile.value("region"), "profile \(profile.name)"),
        ]
        for candidate in candidates {
            guard let region = candidate.value?.trimmingWhitespace(), !region.isEmpty else { continue }
            do {
                try RegionResolver.validate(region, origin: candidate.origin)
            } catch {
                throw .configuration(error)
            }
            return region
        }
        return "us-east-1"
    }

    /// An STS client on the regional endpoint (botocore's default `sts_regional_endpoints =
    /// regional`), or the one `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL` or the profile's
    /// `[services]` section names; signed for the same region.
    func stsClient() throws(CredentialsError) -> STSClient {
        let region = try stsRegion()
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try EndpointResolver(option: nil, environment: environment, profile: profile, service: .sts)
                .resolve(region: region)
        } catch {
            throw .configuration(error)
        }
        var client = STSClient(
            endpoint: endpoint, signingRegion: AWSService.sts.signingRegion(for: region), transport: transport)
        client.now = now
        return client
    }
}
