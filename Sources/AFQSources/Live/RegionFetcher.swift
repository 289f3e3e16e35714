import AFQQuery

/// The fetch plan for one (account, region): every page of DescribeConnectors, every page of
/// ListConnectors (the two side by side), then DescribeConnector once for each custom connector
/// label seen, concurrently within the endpoint's call limit (docs/recording.md, "afq
/// recordings", lists the calls).
struct RegionFetcher: Sendable {
    let client: AppFlowClient
    let limits: EndpointLimits
    let now: @Sendable () -> Timestamp
    let onCall: @Sendable () -> Void
    /// A bound on the pages of one paginated operation, against a service that never stops.
    static let maxPages = 100

    /// What one (account, region) gave: its calls in order, and the account its connector ARNs
    /// name (for credentials whose account STS was not asked).
    struct Fetched: Sendable {
        var entries: [RecordingEntry]
        var accountFromARNs: String?
    }

    /// A page or a described connector: its recording entry, the custom connector labels it
    /// lists, and the account of the first connector ARN in it.
    private struct Page: Sendable {
        var entry: RecordingEntry
        var labels: [String] = []
        var arnAccount: String? = nil
    }

    /// The region's calls in order. A failure of DescribeConnectors or ListConnectors fails the
    /// region; a failed DescribeConnector is recorded as an error entry, and that connector
    /// keeps the summary row the listing gave it. The two listings run one after the other: side
    /// by side they saved nothing (the region's pace is AppFlow's quota) and cost a task each.
    func fetch() async throws(LiveError) -> Fetched {
        var pages = try await allPages(.describeConnectors)
        pages += try await allPages(.listConnectors)
        var labels: [String] = []
        for page in pages { for label in page.labels where !labels.contains(label) { labels.append(label) } }
        pages += await describeEach(labels)
        return Fetched(entries: pages.map(\.entry), accountFromARNs: pages.lazy.compactMap(\.arnAccount).first)
    }

    private func allPages(_ operation: AppFlowOperation) async throws(LiveError) -> [Page] {
        var pages: [Page] = []
        var token: String? = nil
        var seenTokens: Set<String> = []
        for _ in 0..<RegionFetcher.maxPages {
            var request: Record = ["maxResults": 100]
            if let token { request[RecordedShape.nextToken] = .string(token) }
            let response = try await call(operation, request)
            let summaries = response.value[RecordedShape.connectors].listValue ?? []
            pages.append(
                Page(
                    entry: entry(operation, request, .response(response.body)),
                    labels: summaries.compactMap { $0["connectorLabel"].stringValue },
                    arnAccount: RegionFetcher.arnAccount(in: summaries)))
            guard let next = response.value[RecordedShape.nextToken].stringValue, !next.isEmpty else {
                return pages
            }
            guard seenTokens.insert(next).inserted else {
                throw LiveError(
                    region: client.region, account: client.account, operation: operation,
                    cause: .paging("the service sent the same nextToken twice; stopping"), attempts: 1)
            }
            token = next
        }
        throw LiveError(
            region: client.region, account: client.account, operation: operation,
            cause: .paging("more than \(RegionFetcher.maxPages) pages; stopping"), attempts: 1)
    }

    /// DescribeConnector calls of one (account, region) in flight at once: its pace is set by
    /// AppFlow's quota, and a waiting call holds memory.
    static let describesAtOnce = 3

    private func describeEach(_ labels: [String]) async -> [Page] {
        await withTaskGroup(of: (Int, Page).self) { group in
            var started = 0
            func startNext() {
                guard started < labels.count else { return }
                let (index, label) = (started, labels[started])
                started += 1
                group.addTask {
                    let request: Record = ["connectorType": "CustomConnector", "connectorLabel": .string(label)]
                    do throws(LiveError) {
                        let response = try await call(.describeConnector, request)
                        return (
                            index,
                            Page(
                                entry: entry(.describeConnector, request, .response(response.body)),
                                arnAccount: RegionFetcher.arnAccount(
                                    in: [response.value[RecordedShape.connectorConfiguration]]))
                        )
                    } catch {
                        var code = "Error"
                        var status: Int? = nil
                        var message = error.description
                        if case .service(let service) = error.cause {
                            code = service.code
                            status = service.status
                            message = service.message
                        }
                        return (
                            index,
                            Page(
                                entry: entry(
                                    .describeConnector, request, .error(code: code, message: message, status: status)))
                        )
                    }
                }
            }
            for _ in 0..<RegionFetcher.describesAtOnce { startNext() }
            var results: [(Int, Page)] = []
            for await result in group {
                startNext()
                results.append(result)
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// The account in the first `connectorArn` (`arn:aws:appflow:REGION:ACCOUNT:…`) of these
    /// connectors.
    private static func arnAccount(in connectors: [Value]) -> String? {
        for connector in connectors {
            if let arn = connector["connectorArn"].stringValue, let account = ConnectorARN(arn)?.account {
                return account
            }
        }
        return nil
    }

    private func entry(_ operation: AppFlowOperation, _ request: Record, _ outcome: RecordingEntry.Outcome)
        -> RecordingEntry
    {
        RecordingEntry(
            region: client.region, accountId: client.account?.id, accountName: client.account?.name,
            operation: operation, request: request, time: now(), outcome: outcome)
    }

    private func call(_ operation: AppFlowOperation, _ request: Record) async throws(LiveError)
        -> AppFlowClient.Response
    {
        let client = self.client
        let value = try await limits.run(endpoint: client.endpoint) {
            () async throws(LiveError) -> AppFlowClient.Response in
            try await client.call(operation, body: request)
        }
        onCall()
        return value
    }
}
