import AFQQuery
import AFQSources
import Foundation

/// A fake AWS Organizations on loopback: the JSON 1.1 protocol (`POST /` with
/// `X-Amz-Target: AWSOrganizationsV20161128.<Action>`), every request's SigV4 signature checked
/// (service `organizations`), ListAccounts, ListAccountsForParent and
/// ListOrganizationalUnitsForParent paged at `pageSize` (20 by default, the service's most).
public final class FakeOrganizations: @unchecked Sendable {
    public struct Account: Sendable {
        public var id: String
        public var name: String
        /// `ACTIVE`, `SUSPENDED` or `PENDING_CLOSURE`.
        public var status: String
        /// The root or organisational unit it sits in.
        public var parent: String

        public init(id: String, name: String, status: String = "ACTIVE", parent: String = "r-root") {
            self.id = id
            self.name = name
            self.status = status
            self.parent = parent
        }
    }

    public let server: LoopbackHTTPServer
    public var baseURL: String { server.baseURL }

    /// - Parameters:
    ///   - accounts: the organisation's accounts.
    ///   - units: organisational unit id → its parent (a root `r-…` or another unit).
    ///   - verifier: the keys (and tokens) the fake accepts.
    ///   - allowedCallers: access keys that may list (others get AccessDeniedException); nil: all.
    public convenience init(
        accounts: [Account], units: [String: String] = [:], pageSize: Int = 20, verifier: SignatureVerifier,
        allowedCallers: (@Sendable (String) -> Bool)? = nil
    ) throws {
        try self.init(
            accounts: accounts, units: units, pageSize: pageSize, verifiers: { verifier },
            allowedCallers: allowedCallers)
    }

    /// The same with keys that change while it runs (`FakeSTS.verifier`).
    public init(
        accounts: [Account], units: [String: String] = [:], pageSize: Int = 20,
        verifiers: @escaping @Sendable () -> SignatureVerifier, allowedCallers: (@Sendable (String) -> Bool)? = nil
    ) throws {
        server = try LoopbackHTTPServer { request in
            FakeOrganizations.answer(
                request, accounts: accounts, units: units, pageSize: pageSize, verifier: verifiers(),
                allowedCallers: allowedCallers)
        }
    }

    /// The actions called, in order.
    public var actions: [String] {
        server.requests.compactMap { $0.headers["x-amz-target"]?.split(separator: ".").last.map(String.init) }
    }

    static func answer(
        _ request: LoopbackHTTPServer.Request, accounts: [Account], units: [String: String], pageSize: Int,
        verifier: SignatureVerifier, allowedCallers: (@Sendable (String) -> Bool)?
    ) -> LoopbackHTTPServer.Reply {
        guard request.method == "POST", request.path == "/",
            request.headers["content-type"] == "application/x-amz-json-1.1",
            let target = request.headers["x-amz-target"], target.hasPrefix("AWSOrganizationsV20161128.")
        else { return error(400, "InvalidInputException", "not a JSON 1.1 Organizations request") }
        let caller: String
        switch verifier.verify(request, service: "organizations") {
        case .rejected(let code, let message): return error(403, code, message)
        case .valid(let key, let region):
            guard region == "us-east-1" else {
                return error(400, "InvalidSignatureException", "Credential should be scoped to a valid region")
            }
            caller = key
        }
        if let allowedCallers, !allowedCallers(caller) {
            return error(
                400, "AccessDeniedException", "You don't have permissions to access this resource.")
        }
        let body = (try? JSONReader.parse(request.body)) ?? .null
        let max = Int(body["MaxResults"].numberValue ?? 20)
        guard (1...20).contains(max) else {
            return error(400, "InvalidInputException", "MaxResults must be between 1 and 20")
        }
        let offset = body["NextToken"].stringValue.flatMap { Int($0.dropFirst("token-".count)) } ?? 0
        let action = String(target.dropFirst("AWSOrganizationsV20161128.".count))
        let listKey: String
        let items: [Value]
        switch action {
        case "ListAccounts":
            listKey = "Accounts"
            items = accounts.map(record)
        case "ListAccountsForParent":
            guard let parent = body["ParentId"].stringValue else {
                return error(400, "InvalidInputException", "ParentId")
            }
            guard parent.hasPrefix("r-") || units[parent] != nil else {
                return error(
                    400, "ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.")
            }
            listKey = "Accounts"
            items = accounts.filter { $0.parent == parent }.map(record)
        case "ListOrganizationalUnitsForParent":
            guard let parent = body["ParentId"].stringValue else {
                return error(400, "InvalidInputException", "ParentId")
            }
            listKey = "OrganizationalUnits"
            items = units.filter { $0.value == parent }.keys.sorted().map {
                .record(["Id": .string($0), "Name": .string($0)])
            }
        default:
            return error(400, "InvalidAction", "unknown action \(action)")
        }
        let page = Array(items.dropFirst(offset).prefix(Swift.min(max, pageSize)))
        var response: Record = [listKey: .list(page)]
        if offset + page.count < items.count { response["NextToken"] = .string("token-\(offset + page.count)") }
        return .response(
            status: 200, headers: ["Content-Type": "application/x-amz-json-1.1"],
            body: JSONText.compact(.record(response)))
    }

    private static func record(_ account: Account) -> Value {
        .record([
            "Id": .string(account.id),
            "Arn": .string("arn:aws:organizations::000000000000:account/o-fake/\(account.id)"),
            "Email": .string("\(account.name)@example.com"), "Name": .string(account.name),
            "Status": .string(account.status), "State": .string(account.status), "JoinedMethod": "CREATED",
            "JoinedTimestamp": .number(1_796_616_908.408),
        ])
    }

    static func error(_ status: Int, _ code: String, _ message: String) -> LoopbackHTTPServer.Reply {
        .response(
            status: status, headers: ["Content-Type": "application/x-amz-json-1.1"],
            body: JSONText.compact(.record(["__type": .string(code), "Message": .string(message)])))
    }
}
