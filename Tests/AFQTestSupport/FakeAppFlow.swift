import AFQQuery
import AFQSources
import Foundation

/// A fake Amazon AppFlow on loopback (real HTTP): checks every request's method, path, headers
/// and SigV4 signature with `SignatureVerifier`, serves DescribeConnectors and ListConnectors in
/// pages and DescribeConnector by label, and lets a test inject faults per call.
public final class FakeAppFlow: @unchecked Sendable {
    /// One call as the fake saw it, for fault injection.
    public struct Call: Sendable {
        public var region: String
        public var operation: String
        public var body: Value
        /// How many calls of this operation and region came before, this one excluded.
        public var previousCalls: Int
        /// The access key that signed the call (`FakeSTS.account(ofAccessKey:)` tells its account).
        public var accessKey: String = ""
    }

    /// What one region holds: AWS-managed configurations (by type) and custom connectors.
    public struct RegionData: Sendable {
        public var managed: [(type: String, configuration: Record)]
        public var custom: [(label: String, configuration: Record)]
    }

    public let server: LoopbackHTTPServer
    public var baseURL: String { server.baseURL }

    /// - Parameters:
    ///   - regions: the data by region name.
    ///   - verifier: the keys (and tokens) the fake accepts.
    ///   - pageSize: entries per DescribeConnectors page (ListConnectors uses 2).
    ///   - delay: seconds to wait before answering a call (a slow service).
    ///   - fault: a reply that replaces the normal answer for some calls (throttling, 500, drops…).
    public convenience init(
        regions: [String: RegionData], verifier: SignatureVerifier, pageSize: Int = 5,
        delay: @escaping @Sendable (Call) -> Double = { _ in 0 },
        fault: @escaping @Sendable (Call) -> LoopbackHTTPServer.Reply? = { _ in nil }
    ) throws {
        try self.init(regions: regions, verifiers: { verifier }, pageSize: pageSize, delay: delay, fault: fault)
    }

    /// The same with keys that change while it runs (those a `FakeSTS` issues: `sts.verifier`).
    public init(
        regions: [String: RegionData], verifiers: @escaping @Sendable () -> SignatureVerifier, pageSize: Int = 5,
        delay: @escaping @Sendable (Call) -> Double = { _ in 0 },
        fault: @escaping @Sendable (Call) -> LoopbackHTTPServer.Reply? = { _ in nil }
    ) throws {
        let counter = CallCounter()
        server = try LoopbackHTTPServer { request in
            FakeAppFlow.answer(
                request, regions: regions, verifier: verifiers(), pageSize: pageSize, delay: delay, fault: fault,
                counter: counter)
        }
    }

    /// The bundled sample's rows of one account, by region: realistic data for the fake.
    public static func sampleRegions(account: String = "123456789012") throws -> [String: RegionData] {
        let url = BinaryRunner.packageRoot.appendingPathComponent("Sources/AFQSources/Resources/sample.json")
        let value = try JSONReader.parse([UInt8](try Data(contentsOf: url)))
        var regions: [String: RegionData] = [:]
        for element in value.listValue ?? [] {
            guard element["accountId"].stringValue == account, let region = element["region"].stringValue,
                case .record(let configuration) = element["connectorConfiguration"]
            else { continue }
            var data = regions[region] ?? RegionData(managed: [], custom: [])
            let type = configuration["connectorType"]?.stringValue ?? ""
            if type == "CustomConnector" {
                data.custom.append((configuration["connectorLabel"]?.stringValue ?? "", configuration))
            } else {
                data.managed.append((type, configuration))
            }
            regions[region] = data
        }
        return regions
    }

    static func answer(
        _ request: LoopbackHTTPServer.Request, regions: [String: RegionData], verifier: SignatureVerifier,
        pageSize: Int,
        delay: (Call) -> Double, fault: (Call) -> LoopbackHTTPServer.Reply?, counter: CallCounter
    ) -> LoopbackHTTPServer.Reply {
        let operations = [
            "/describe-connectors": "DescribeConnectors", "/list-connectors": "ListConnectors",
            "/describe-connector": "DescribeConnector",
        ]
        guard request.method == "POST", let operation = operations[request.path] else {
            return error(404, "UnknownOperationException", "no such operation: \(request.method) \(request.path)")
        }
        guard request.headers["content-type"] == "application/json" else {
            return error(400, "SerializationException", "Content-Type must be application/json")
        }
        let region: String
        let accessKey: String
        switch verifier.verify(request) {
        case .rejected(let code, let message):
            return error(
                code == "UnrecognizedClientException" || code == "InvalidSignatureException" ? 403 : 400, code, message)
        case .valid(let key, let signedRegion):
            region = signedRegion
            accessKey = key
        }
        let body = (try? JSONReader.parse(request.body)) ?? .null
        let call = Call(
            region: region, operation: operation, body: body,
            previousCalls: counter.next(accessKey + region + operation),
            accessKey: accessKey)
        if let reply = fault(call) { return reply }
        let wait = delay(call)
        if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
        guard let data = regions[region] else {
            return error(400, "UnrecognizedClientException", "AppFlow is not available in \(region) for this account")
        }
        let offset = body["nextToken"].stringValue.flatMap { Int($0.dropFirst("page-".count)) } ?? 0
        switch operation {
        case "DescribeConnectors":
            let page = Array(data.managed.dropFirst(offset).prefix(pageSize))
            var map = Record()
            for (type, configuration) in page {
                // AWS's map entries need not repeat the key; drop it from every other entry.
                var entry = configuration
                if map.count % 2 == 1 { entry["connectorType"] = nil }
                map.appendUnchecked(type, .record(entry))
            }
            var response: Record = ["connectorConfigurations": .record(map)]
            let end = offset + page.count
            if end < data.managed.count {
                response["connectors"] = .list([])
                response["nextToken"] = .string("page-\(end)")
            } else {
                response["connectors"] = .list(data.custom.map { .record(detail(of: $0.configuration)) })
                response["nextToken"] = .null
            }
            return .json(JSONText.compact(.record(response)))
        case "ListConnectors":
            let page = Array(data.custom.dropFirst(offset).prefix(2))
            var response: Record = ["connectors": .list(page.map { .record(detail(of: $0.configuration)) })]
            let end = offset + page.count
            if end < data.custom.count { response["nextToken"] = .string("page-\(end)") }
            return .json(JSONText.compact(.record(response)))
        default:
            guard let label = body["connectorLabel"].stringValue,
                let found = data.custom.first(where: { $0.label == label })
            else {
                let type = body["connectorType"].stringValue ?? ""
                if let managed = data.managed.first(where: { $0.type == type }) {
                    return .json(JSONText.compact(.record(["connectorConfiguration": .record(managed.configuration)])))
                }
                return error(
                    404, "ResourceNotFoundException",
                    "connector \(body["connectorLabel"].stringValue ?? type) not found")
            }
            return .json(JSONText.compact(.record(["connectorConfiguration": .record(found.configuration)])))
        }
    }

    /// The ConnectorDetail summary of a configuration (Amazon AppFlow API Reference, Data Types,
    /// ConnectorDetail: ConnectorConfiguration's members of the same names, plus `applicationType`).
    static func detail(of configuration: Record) -> Record {
        var detail = Record()
        for key in [
            "connectorDescription", "connectorName", "connectorOwner", "connectorVersion", "connectorType",
            "connectorLabel", "registeredAt", "registeredBy", "connectorProvisioningType", "connectorModes",
            "supportedDataTransferTypes",
        ] {
            if let value = configuration[key] { detail.appendUnchecked(key, value) }
        }
        detail.appendUnchecked("applicationType", "CUSTOM")
        return detail
    }

    public static func error(_ status: Int, _ code: String, _ message: String) -> LoopbackHTTPServer.Reply {
        .json(
            JSONText.compact(.record(["message": .string(message)])), status: status,
            headers: [
                "x-amzn-ErrorType": "\(code):http://internal.amazon.com/coral/com.amazonaws.appflow/",
                "x-amzn-RequestId": "fake-\(code.count)",
            ])
    }

    /// Counts calls per region and operation across connections.
    final class CallCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]

        func next(_ key: String) -> Int {
            lock.lock()
            defer { lock.unlock() }
            let n = counts[key, default: 0]
            counts[key] = n + 1
            return n
        }
    }
}
