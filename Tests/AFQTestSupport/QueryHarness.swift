import AFQQuery
import AFQEngine

/// Runs one pipeline over in-memory rows, for tests of the language alone.
public enum QueryHarness {
    /// A handful of connector-like rows covering nulls, lists, nesting and timestamps.
    public static let rows: [Row] = [
        Row(
            .record([
                "connectorType": "Salesforce", "connectorName": "Salesforce", "canUseAsSource": true,
                "canUseAsDestination": true, "supportedWriteOperations": ["INSERT", "UPSERT", "UPDATE", "DELETE"],
                "authenticationConfig": .record([
                    "isOAuth2Supported": true,
                    "oAuth2Defaults": .record(["oauth2GrantTypesSupported": ["AUTHORIZATION_CODE", "JWT_BEARER"]]),
                ]),
                "supportedDataTransferApis": [
                    .record(["Name": "BULKV2", "Type": "ASYNC"]), .record(["Name": "REST_SYNC", "Type": "SYNC"]),
                ],
            ]), source: RowSource(region: "us-east-1", account: "123456789012", file: "a.json")),
        Row(
            .record([
                "connectorType": "S3", "connectorName": "Amazon S3", "canUseAsSource": true,
                "canUseAsDestination": true,
                "supportedWriteOperations": [],
                "authenticationConfig": .record(["isOAuth2Supported": false]),
            ]), source: RowSource(region: "us-east-1", account: "123456789012", file: "a.json")),
        Row(
            .record([
                "connectorType": "Slack", "connectorName": "Slack", "canUseAsSource": true,
                "canUseAsDestination": false,
                "authenticationConfig": .record(["isOAuth2Supported": true]),
            ]), source: RowSource(region: "eu-west-1")),
        Row(
            .record([
                "connectorType": "CustomConnector", "connectorName": "Jira Cloud", "connectorLabel": "jira-cloud",
                "canUseAsSource": true, "canUseAsDestination": true, "supportedWriteOperations": ["INSERT", "UPSERT"],
                "registeredAt": .timestamp(Timestamp(secondsSince1970: 1_700_000_000.25)),
                "authenticationConfig": .record([
                    "isOAuth2Supported": true,
                    "oAuth2Defaults": .record(["oauth2GrantTypesSupported": ["CLIENT_CREDENTIALS"]]),
                ]),
            ])),
    ]

    public static let schemaRows = InMemoryRows(rows)

    /// What `now()` reads in both evaluators, which must agree on it to be compared.
    public static let now = Timestamp(secondsSince1970: 1_767_225_600)

    /// Parses, checks and runs `text` (one pipeline) over `rows`.
    public static func run(_ text: String, rows: [Row] = rows, parameters: [String: Value] = [:]) throws -> [Value] {
        let source = SourceFile(name: "query", text: text)
        let program = try Query.parse(source)
        guard let pipeline = program.statements.first?.asPipeline else { throw NotAPipeline(text: text) }
        let supplier = InMemoryRows(rows)
        let checked = try Checker(context: CheckContext(schema: supplier.schema, parameters: parameters)).check(
            pipeline)
        let outcome = Result { try Evaluator(parameters: parameters, now: now).run(checked, on: supplier) }
        let answer = ReferenceAnswer.answer { try outcome.get() }
        let reference = ReferenceAnswer.of(checked, on: rows, parameters: parameters, now: now)
        guard answer == reference else {
            throw DisagreesWithReference(text: text, answer: answer, reference: reference)
        }
        return try outcome.get()
    }

    /// The rendered diagnostic of the error `text` raises, or nil when it runs.
    public static func diagnostic(_ text: String, rows: [Row] = rows, parameters: [String: Value] = [:]) -> String? {
        do {
            _ = try run(text, rows: rows, parameters: parameters)
            return nil
        } catch let error as any DiagnosticConvertible {
            return DiagnosticRenderer().render(error.diagnostic, in: SourceFile(name: "query", text: text))
        } catch {
            return "\(error)"
        }
    }

    /// What `run` throws when the engine's answer is not the reference evaluator's: every test of
    /// the language through `run` is also a test of the engine against the oracle.
    public struct DisagreesWithReference: Error, CustomStringConvertible {
        public let text: String
        public let answer: String
        public let reference: String
        public var description: String { "\(text)\nengine answered:\n\(answer)\nreference answered:\n\(reference)" }
    }

    /// What `run` throws for text whose first statement is not a pipeline (a dot-command, or
    /// nothing), rather than answering with no values, which a test might have expected.
    public struct NotAPipeline: Error, CustomStringConvertible {
        public let text: String
        public var description: String { "not a pipeline: \(text)" }
    }
}

extension Statement {
    /// The pipeline this statement is, or nil for a dot-command: for
    /// `try #require(program.statements.first?.asPipeline)`.
    public var asPipeline: Pipeline? {
        if case .pipeline(let pipeline) = self { pipeline } else { nil }
    }
}
