import AFQModel
import AFQQuery
import AWSSigV4
import Foundation

/// Connector configurations from the live AppFlow API: resolves profiles, regions, endpoints
/// and credentials as the AWS CLI does, finds the accounts (each profile's, or every account of
/// an organisation), fetches every (account, region), and turns the answers into rows through
/// the same reader as recordings, so `--record` then `--data` replays exactly.
public struct LiveSource: Sendable {
    public let options: LiveOptions
    let environment: [String: String]
    let home: String?
    /// Replaces the HTTP transport each profile's settings would make (tests).
    let transport: (any HTTPTransport)?
    /// Asks for an MFA code on the terminal (a profile with `mfa_serial`); nil without one.
    let mfaCode: (@Sendable (_ serial: String) async -> String?)?

    public init(
        options: LiveOptions, environment: [String: String], home: String? = nil,
        transport: (any HTTPTransport)? = nil,
        mfaCode: (@Sendable (_ serial: String) async -> String?)? = nil
    ) {
        self.options = options
        self.environment = environment
        self.home = home
        self.transport = transport
        self.mfaCode = mfaCode
    }

    /// What one fetch gave.
    public struct Fetch: Sendable {
        /// The rows of the regions that answered.
        public var data: RecordedData
        /// Every call of those regions, as afq's recording (JSON Lines, docs/recording.md), in
        /// pieces to write one after the other; empty unless `LiveOptions.keepsResponses`.
        public var recording: [[UInt8]]
        /// The accounts and regions that failed, each with its error.
        public var failures: [LiveFailureReport]
        /// Things to tell the user (the region afq chose for a custom endpoint, accounts skipped,
        /// opt-in regions not enabled).
        public var notices: [String]
        /// Every region asked for, over all accounts, in order.
        public var regions: [String]
        /// The accounts read (each profile's, or the organisation's members).
        public var accounts: [AccountReference]
        /// (Account, region) pairs asked for, and how many of them answered.
        public var targetsTotal: Int
        public var targetsAnswered: Int
    }

    /// Credentials, like the SDKs', are refreshed when they expire within 15 minutes.
    static let refreshMargin: TimeInterval = 15 * 60

    /// Resolves everything, then fetches. Setup problems throw before any AppFlow request.
    public func fetch(progress: @escaping @Sendable (LiveProgress) -> Void = { _ in }) async throws -> Fetch {
        do {
            try options.validate()
        } catch {
            throw LiveSetupError.configuration(error.description)
        }
        let policy: RetryPolicy
        do {
            policy = try RetryPolicy(environment: environment)
        } catch {
            throw LiveSetupError.configuration(error.description)
        }
        let sessions = try resolveSessions()
        var notices: [String] = []
        for (session, _) in sessions {
            if let notice = session.regions.notice, !notices.contains(notice) { notices.append(notice) }
        }
        var failures: [LiveFailureReport] = []

        var accounts = try await profileAccounts(sessions, failures: &failures, notices: &notices)
        if let organization = options.organization, let management = accounts.first {
            accounts = try await organizationAccounts(
                organization, management: management, policy: policy, failures: &failures, notices: &notices)
        }

        let fetcher = LiveFetcher(
            clients: clients(for: accounts, policy: policy),
            now: { Timestamp(secondsSince1970: Date().timeIntervalSince1970) }, progress: progress)
        var reader = LiveRowReader(keepsResponses: options.keepsResponses)
        let regionFailures = await fetcher.fetch { index, piece in reader.read(piece, at: index) }
        if let error = reader.error { throw error }
        let data = reader.data()
        var targetsAnswered = accounts.reduce(0) { $0 + $1.targets.count } - regionFailures.count
        for error in regionFailures {
            let isOptIn = AppFlowRegions.optIn.contains(error.region)
            let everyRegion = accounts.first { $0.reference == error.account }?.isEveryRegion ?? false
            if everyRegion && isOptIn && error.isRegionNotEnabled {
                let account = error.account.map { "account \($0)" } ?? "the account"
                notices.append("\(error.region) is an opt-in region that \(account) has not enabled; skipped")
                targetsAnswered += 1
            } else {
                failures.append(.region(error))
            }
        }
        var regions: [String] = []
        for account in accounts {
            for target in account.targets where !regions.contains(target.region) { regions.append(target.region) }
        }
        return Fetch(
            data: data, recording: reader.recording, failures: failures, notices: notices, regions: regions,
            accounts: accounts.map(\.reference), targetsTotal: accounts.reduce(0) { $0 + $1.targets.count },
            targetsAnswered: targetsAnswered)
    }

    /// One session per profile named (or the default one), with HTTP as its settings say: a
    /// usage error stops everything.
    private func resolveSessions() throws -> [(AWSSession, any HTTPTransport)] {
        let names: [String?] = options.profiles.isEmpty ? [nil] : options.profiles.map { $0 }
        var sessions: [(AWSSession, any HTTPTransport)] = []
        for name in names {
            do throws(ConfigurationError) {
                let session = try AWSSession.resolve(
                    profile: name, regions: options.regions, endpointURL: options.endpointURL,
                    environment: environment, home: home)
                if let transport {
                    sessions.append((session, transport))
                } else {
                    sessions.append((session, CurlTransport(settings: try session.httpSettings())))
                }
            } catch {
                throw LiveSetupError.configuration(error.description)
            }
        }
        return sessions
    }

    /// Each profile's credentials and account. With one profile a failure stops the fetch (exit
    /// status 3, as before); with several, that profile's account is reported and the rest go on.
    private func profileAccounts(
        _ sessions: [(AWSSession, any HTTPTransport)], failures: inout [LiveFailureReport], notices: inout [String]
    ) async throws -> [LiveAccount] {
        let (environment, mfaCode) = (self.environment, self.mfaCode)
        let outcomes = await withTaskGroup(of: (Int, Result<LiveAccount, LiveSetupError>, String?).self) { group in
            for (index, (session, transport)) in sessions.enumerated() {
                group.addTask {
                    let identity = IdentityService(environment: environment, transport: transport)
                    let chain = session.credentialChain(transport: transport, mfaCode: mfaCode)
                    let cache = CredentialCache(chain: chain, refreshMargin: LiveSource.refreshMargin)
                    let credentials: Credentials
                    do throws(CredentialsError) {
                        credentials = try await cache.credentials(now: Date())
                    } catch {
                        return (index, .failure(.credentials(error.description)), nil)
                    }
                    var notice: String? = nil
                    var account = credentials.accountId
                    if account == nil {
                        do {
                            account = try await identity.callerAccount(credentials: credentials, session: session)
                        } catch {
                            notice =
                                "could not ask STS which account profile \(session.profile.name) is in (\(error)); "
                                + "$source.account comes from the custom connectors' ARNs"
                        }
                    }
                    let reference = AccountReference(
                        id: account,
                        profile: sessions.count > 1 || session.profile.selection.isExplicit ? session.profile.name : nil
                    )
                    return (
                        index,
                        .success(
                            LiveAccount(
                                reference: reference, credentials: cache, session: session, transport: transport,
                                targets: session.targets, isEveryRegion: session.regions.isEveryRegion)), notice
                    )
                }
            }
            var all: [(Int, Result<LiveAccount, LiveSetupError>, String?)] = []
            for await outcome in group { all.append(outcome) }
            return all.sorted { $0.0 < $1.0 }
        }
        var accounts: [LiveAccount] = []
        for (index, outcome, notice) in outcomes {
            if let notice { notices.append(notice) }
            switch outcome {
            case .success(let account):
                if accounts.contains(where: { $0.reference.id != nil && $0.reference.id == account.reference.id }) {
                    notices.append(
                        "profiles \(options.profiles.joined(separator: ", ")) reach account \(account.reference.id ?? "") more than once; "
                            + "its rows appear once for each")
                }
                accounts.append(account)
            case .failure(let error):
                guard sessions.count > 1 else { throw error }
                failures.append(
                    .account(
                        AccountReference(id: nil, profile: sessions[index].0.profile.name), problem: error.description,
                        hint: nil))
            }
        }
        return accounts
    }

    /// The organisation's accounts, each reached by assuming `--role-name` from the management
    /// account's credentials; the management account itself with those credentials.
    private func organizationAccounts(
        _ organization: OrganizationOptions, management: LiveAccount, policy: RetryPolicy,
        failures: inout [LiveFailureReport], notices: inout [String]
    ) async throws -> [LiveAccount] {
        let session = management.session
        let transport = management.transport
        let identity = IdentityService(environment: environment, transport: transport)
        let managementCredentials = management.credentials
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try EndpointResolver(
                option: nil, environment: environment, profile: session.profile, service: .organizations
            ).resolve(region: identity.homeRegion(of: session))
        } catch {
            throw LiveSetupError.configuration(error.description)
        }
        let client = OrganizationsClient(
            endpoint: endpoint.baseURL,
            signingRegion: AWSService.organizations.signingRegion(for: identity.homeRegion(of: session)),
            transport: transport,
            credentials: { () async throws(CredentialsError) -> Credentials in
                try await managementCredentials.credentials(now: Date())
            }, retryPolicy: policy)
        var listed: [OrganizationAccount]
        do {
            listed =
                organization.units.isEmpty
                ? try await client.allAccounts() : try await client.accounts(under: organization.units)
        } catch {
            throw LiveSetupError.organization(error.description + (error.hint.map { "\n  = help: \($0)" } ?? ""))
        }
        if let wanted = organization.accounts {
            let known = Set(listed.map(\.id))
            for id in wanted where !known.contains(id) {
                notices.append(
                    "account \(id) (--accounts) is not in the organisation\(organization.units.isEmpty ? "" : " units asked for"); skipped"
                )
            }
            listed = listed.filter { wanted.contains($0.id) }
        }
        listed = listed.filter { !organization.skipAccounts.contains($0.id) }
        for account in listed where !account.isActive {
            notices.append(
                "account \(account.id)\(account.name.map { " (\($0))" } ?? "") is \(account.status); skipped")
        }
        listed = listed.filter(\.isActive)

        let managementId = management.reference.id
        let stsRegion = identity.homeRegion(of: session)
        let outcomes = await withTaskGroup(of: (Int, Result<LiveAccount, LiveFailureReport>).self) { group in
            for (index, member) in listed.enumerated() {
                group.addTask {
                    let reference = AccountReference(id: member.id, name: member.name)
                    if member.id == managementId {
                        var account = management
                        account.reference = reference
                        return (index, .success(account))
                    }
                    let partition = Partition.of(region: stsRegion).name
                    let roleArn = "arn:\(partition):iam::\(member.id):role/\(organization.roleName)"
                    let cache = CredentialCache(refreshMargin: LiveSource.refreshMargin) {
                        () async throws(CredentialsError) -> Credentials in
                        let base = try await managementCredentials.credentials(now: Date())
                        return try await identity.assumeRole(roleArn, credentials: base, session: session)
                    }
                    do throws(CredentialsError) {
                        _ = try await cache.credentials(now: Date())
                    } catch {
                        return (index, .failure(.account(reference, problem: error.description, hint: nil)))
                    }
                    return (
                        index,
                        .success(
                            LiveAccount(
                                reference: reference, credentials: cache, session: session, transport: transport,
                                targets: management.targets, isEveryRegion: management.isEveryRegion))
                    )
                }
            }
            var all: [(Int, Result<LiveAccount, LiveFailureReport>)] = []
            for await outcome in group { all.append(outcome) }
            return all.sorted { $0.0 < $1.0 }
        }
        var accounts: [LiveAccount] = []
        for (_, outcome) in outcomes {
            switch outcome {
            case .success(let account): accounts.append(account)
            case .failure(let report): failures.append(report)
            }
        }
        if listed.isEmpty { notices.append("the organisation has no active account to fetch") }
        return accounts
    }

    /// One client per (account, region), each signing with its account's current credentials
    /// and with its own retry quota and pace.
    private func clients(for accounts: [LiveAccount], policy: RetryPolicy) -> [AppFlowClient] {
        var clients: [AppFlowClient] = []
        for account in accounts {
            let credentials = account.credentials
            for target in account.targets {
                let region = target.region
                clients.append(
                    AppFlowClient(
                        region: region, account: account.reference, endpoint: target.endpoint.baseURL,
                        transport: account.transport,
                        sign: { request in
                            try SigV4.sign(
                                request, credentials: try await credentials.credentials(now: Date()), region: region,
                                service: AWSService.appflow.signingName, date: SigningDate(Date())
                            ).request
                        }, retryPolicy: policy))
            }
        }
        return clients
    }
}
