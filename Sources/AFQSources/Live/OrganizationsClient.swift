import AFQQuery
import AWSSigV4
import Foundation

/// Lists an organisation's accounts with AWS Organizations (AWS Organizations API Reference:
/// ListAccounts, ListAccountsForParent, ListOrganizationalUnitsForParent): the JSON 1.1
/// protocol, one endpoint per partition, signed with the management account's credentials.
struct OrganizationsClient: Sendable {
    /// The most a page may hold (the service's limit for MaxResults).
    static let pageSize = 20
    /// Bounds against a service that never stops paging: 2,000 pages of 20 accounts, and the
    /// organisational units visited under `--org-unit` (Organizations allows five levels).
    static let maxPages = 2000
    static let maxUnits = 5000
    static let maxUnitDepth = 8

    let endpoint: String
    let signingRegion: String
    let transport: any HTTPTransport
    let credentials: @Sendable () async throws(CredentialsError) -> Credentials
    let retryPolicy: RetryPolicy
    var pause: @Sendable (Double) async -> Void = { seconds in
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }

    /// Every account of the organisation, in the order listed.
    func allAccounts() async throws(OrganizationsError) -> [OrganizationAccount] {
        try await pages("ListAccounts", [:], list: "Accounts").map(OrganizationsClient.account)
    }

    /// The accounts under these organisational units (or roots), at any depth, each once, in
    /// the order found (breadth first).
    func accounts(under units: [String]) async throws(OrganizationsError) -> [OrganizationAccount] {
        var found: [OrganizationAccount] = []
        var seenAccounts: Set<String> = []
        var level = units
        var seenUnits = Set(units)
        var depth = 0
        while !level.isEmpty {
            depth += 1
            guard depth <= OrganizationsClient.maxUnitDepth, seenUnits.count <= OrganizationsClient.maxUnits else {
                throw OrganizationsError(
                    action: "ListOrganizationalUnitsForParent",
                    cause: .paging("the unit tree is deeper or larger than afq walks"))
            }
            var next: [String] = []
            for parent in level {
                let parentBody: Record = ["ParentId": .string(parent)]
                for element in try await pages("ListAccountsForParent", parentBody, list: "Accounts") {
                    let account = OrganizationsClient.account(element)
                    if seenAccounts.insert(account.id).inserted { found.append(account) }
                }
                for element in try await pages(
                    "ListOrganizationalUnitsForParent", parentBody, list: "OrganizationalUnits")
                {
                    if let id = element["Id"].stringValue, seenUnits.insert(id).inserted { next.append(id) }
                }
            }
            level = next
        }
        return found
    }

    private static func account(_ element: Value) -> OrganizationAccount {
        OrganizationAccount(
            id: element["Id"].stringValue ?? "", name: element["Name"].stringValue,
            status: element["Status"].stringValue ?? element["State"].stringValue ?? "ACTIVE")
    }

    /// Every element of `list` over all pages of `action`.
    private func pages(_ action: String, _ body: Record, list: String) async throws(OrganizationsError) -> [Value] {
        var elements: [Value] = []
        var token: String? = nil
        var seenTokens: Set<String> = []
        for _ in 0..<OrganizationsClient.maxPages {
            var request = body
            request["MaxResults"] = .number(Double(OrganizationsClient.pageSize))
            if let token { request["NextToken"] = .string(token) }
            let page = try await call(action, request)
            guard let items = page[list].listValue else {
                throw OrganizationsError(action: action, cause: .malformedResponse("no `\(list)` list"))
            }
            elements += items
            guard let next = page["NextToken"].stringValue, !next.isEmpty else { return elements }
            guard seenTokens.insert(next).inserted else {
                throw OrganizationsError(action: action, cause: .paging("the service sent the same NextToken twice"))
            }
            token = next
        }
        throw OrganizationsError(action: action, cause: .paging("more than \(OrganizationsClient.maxPages) pages"))
    }

    /// One call, retried on throttling, 5xx and network errors as the standard retry mode does.
    private func call(_ action: String, _ body: Record) async throws(OrganizationsError) -> Value {
        let bytes = Array(JSONText.compact(.record(body)).utf8)
        var attempt = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw OrganizationsError(action: action, cause: .cancelled) }
            let signed: HTTPRequest
            do {
                let request = HTTPRequest(
                    method: "POST", url: endpoint + "/",
                    headers: [
                        (name: "Content-Type", value: "application/x-amz-json-1.1"),
                        (name: "X-Amz-Target", value: "AWSOrganizationsV20161128." + action),
                    ], body: bytes)
                signed = try SigV4.sign(
                    request, credentials: try await credentials(), region: signingRegion,
                    service: AWSService.organizations.signingName, date: SigningDate(Date())
                ).request
            } catch let error as CredentialsError {
                throw OrganizationsError(action: action, cause: .credentials(error.description))
            } catch {
                throw OrganizationsError(action: action, cause: .credentials("\(error)"))
            }
            let cause: OrganizationsError.Cause
            let retryable: Bool
            do {
                let response = try await transport.send(signed)
                if (200..<300).contains(response.status) {
                    do {
                        return try JSONReader.parse(response.body)
                    } catch {
                        throw OrganizationsError(action: action, cause: .malformedResponse("\(error)"))
                    }
                }
                let error = AWSErrorResponse(response)
                cause = .service(error)
                retryable = retryPolicy.isRetryable(error)
            } catch let error as HTTPTransportError {
                cause = .transport(error)
                retryable = retryPolicy.isRetryable(error)
            } catch let error as OrganizationsError {
                throw error
            } catch {
                cause = .transport(HTTPTransportError(.other, "\(error)"))
                retryable = false
            }
            guard retryable, attempt < retryPolicy.maxAttempts + RetryPolicy.extraThrottledAttempts else {
                throw OrganizationsError(action: action, cause: cause)
            }
            await pause(retryPolicy.backoff(beforeRetry: attempt, random: Double.random(in: 0...1)))
        }
    }
}
