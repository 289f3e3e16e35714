import AWSSigV4

/// One account a live fetch reads: who it is, its credentials (refreshed before they expire),
/// and the regions to read with their endpoints.
struct LiveAccount: Sendable {
    var reference: AccountReference
    let credentials: CredentialCache
    /// The session of the profile it was reached through: endpoints, regions, settings.
    let session: AWSSession
    /// HTTP as the session's settings say (CA bundle, proxies).
    let transport: any HTTPTransport
    var targets: [RegionEndpoint]
    var isEveryRegion: Bool
}
