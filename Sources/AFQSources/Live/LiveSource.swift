import AFQModel
import AFQQuery
import AWSSigV4
import Foundation

/// Connector configurations from the live AppFlow API (issue 4): resolves the profile, regions,
/// endpoints and credentials as the AWS CLI does, fetches every region, and turns the answers
/// into rows through the same reader as recordings, so `--record` then `--data` replays exactly.
public struct LiveSource: Sendable {
    public let options: LiveOptions
    let environment: [String: String]
    let home: String?
    let transport: any HTTPTransport

    public init(
        options: LiveOptions, environment: [String: String], home: String? = nil,
        transport: any HTTPTransport = CurlTransport()
    ) {
        self.options = options
        self.environment = environment
        self.home = home
        self.transport = transport
    }

    /// What one fetch gave.
    public struct Fetch: Sendable {
        /// The rows of the regions that answered.
        public var data: RecordedData
        /// Every call of those regions, as recording lines.
        public var recordingLines: [String]
        /// The regions that failed, each with its error.
        public var failures: [LiveError]
        /// Things to tell the user (e.g. the region afq chose for a custom endpoint).
        public var notices: [String]
        public var regions: [String]
    }

    /// Resolves everything, then fetches. Setup problems throw before any request is sent.
    public func fetch(progress: @escaping @Sendable (LiveProgress) -> Void = { _ in }) async throws -> Fetch {
        let session: AWSSession
        do {
            session = try AWSSession.resolve(
                profile: options.profile, regions: options.regions, endpointURL: options.endpointURL,
                environment: environment, home: home)
        } catch {
            throw LiveSetupError.configuration(error.description)
        }
        let policy: RetryPolicy
        do {
            policy = try RetryPolicy(environment: environment)
        } catch {
            throw LiveSetupError.configuration(error.description)
        }
        let credentials: Credentials
        do {
            credentials = try await session.credentialChain(transport: transport).resolve()
        } catch {
            throw LiveSetupError.credentials(error.description)
        }
        let quota = RetryQuota()
        let clients = session.targets.map { target in
            AppFlowClient(
                region: target.region, endpoint: target.endpoint.baseURL, transport: transport,
                sign: { request in
                    try SigV4.sign(
                        request, credentials: credentials, region: target.region, service: "appflow",
                        date: SigningDate(Date())
                    ).request
                }, retryPolicy: policy, quota: quota)
        }
        let fetcher = LiveFetcher(clients: clients, now: { Timestamp(secondsSince1970: Date().timeIntervalSince1970) }, progress: progress)
        let result = await fetcher.fetch()
        let lines = result.entries.map(\.jsonLine)
        let document = RecordedDocument(
            name: RecordedDocument.liveName, bytes: Array(lines.map { $0 + "\n" }.joined().utf8), isJSONLines: true,
            isUserInput: false)
        let data = try RecordedData(documents: [document], modelSchema: ConnectorConfiguration.schema)
        return Fetch(
            data: data, recordingLines: lines, failures: result.failures,
            notices: session.regions.notice.map { [$0] } ?? [], regions: session.regions.regions)
    }
}
