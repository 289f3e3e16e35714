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

    /// The region's calls in order. A failure of DescribeConnectors or ListConnectors fails the
    /// region; a failed DescribeConnector is recorded as an error entry, and that connector
    /// keeps the summary row the listing gave it.
    func fetch() async throws(LiveError) -> [RecordingEntry] {
        var entries: [RecordingEntry] = []
        var labels: [String] = []
        async let describedPages = pagesOrError(.describeConnectors)
        async let listedPages = pagesOrError(.listConnectors)
        let listings = [try await describedPages.get(), try await listedPages.get()]
        for pages in listings {
            entries += pages
            for page in pages {
                guard case .response(let body) = page.outcome else { continue }
                for case .record(let detail) in body["connectors"].listValue ?? [] {
                    if let label = detail["connectorLabel"]?.stringValue, !labels.contains(label) { labels.append(label) }
                }
            }
        }
        let described = await describeEach(labels)
        entries += described
        return entries
    }

    /// `allPages` with its error as a value: `async let` does not keep a typed error.
    private func pagesOrError(_ operation: AppFlowOperation) async -> Result<[RecordingEntry], LiveError> {
        do throws(LiveError) {
            return .success(try await allPages(operation))
        } catch {
            return .failure(error)
        }
    }

    private func allPages(_ operation: AppFlowOperation) async throws(LiveError) -> [RecordingEntry] {
        var entries: [RecordingEntry] = []
        var token: String? = nil
        var seenTokens: Set<String> = []
        for _ in 0..<RegionFetcher.maxPages {
            var request: Record = ["maxResults": 100]
            if let token { request["nextToken"] = .string(token) }
            let body = try await call(operation, request)
            entries.append(entry(operation, request, .response(body)))
            guard let next = body["nextToken"].stringValue, !next.isEmpty else { return entries }
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

    private func describeEach(_ labels: [String]) async -> [RecordingEntry] {
        await withTaskGroup(of: (Int, RecordingEntry).self) { group in
            for (index, label) in labels.enumerated() {
                group.addTask {
                    let request: Record = ["connectorType": "CustomConnector", "connectorLabel": .string(label)]
                    do throws(LiveError) {
                        let body = try await call(.describeConnector, request)
                        return (index, entry(.describeConnector, request, .response(body)))
                    } catch {
                        var code = "Error"
                        var status: Int? = nil
                        var message = error.description
                        if case .service(let service) = error.cause {
                            code = service.code
                            status = service.status
                            message = service.message
                        }
                        return (index, entry(.describeConnector, request, .error(code: code, message: message, status: status)))
                    }
                }
            }
            var results: [(Int, RecordingEntry)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    private func entry(_ operation: AppFlowOperation, _ request: Record, _ outcome: RecordingEntry.Outcome)
        -> RecordingEntry
    {
        RecordingEntry(
            region: client.region, accountId: client.account?.id, accountName: client.account?.name,
            operation: operation, request: request, time: now(), outcome: outcome)
    }

    private func call(_ operation: AppFlowOperation, _ request: Record) async throws(LiveError) -> Value {
        let client = self.client
        let value = try await limits.run(endpoint: client.endpoint) { () async throws(LiveError) -> Value in
            try await client.call(operation, body: request)
        }
        onCall()
        return value
    }
}
