import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// Credentials, signatures and tokens never reach text meant for people: descriptions, debug
/// descriptions, interpolation, `dump`, `Mirror`.
struct RedactionTests {
    static let secret = Vectors.secretAccessKey
    static let token = "FAKESESSIONTOKEN"

    /// Every way a value commonly ends up as text.
    static func renderings(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [
            String(describing: value), String(reflecting: value), "\(value)", dumped,
            Mirror(reflecting: value).children.map { "\($0.label ?? ""): \($0.value)" }.joined(separator: "; "),
        ]
    }

    static func expectNoSecrets(
        in texts: [String], also extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for text in texts {
            for forbidden in [secret, token, "wJalrXUtnFEMI", "AKIDEXAMPLE"] + extra {
                #expect(!text.contains(forbidden), "\(forbidden) leaked in: \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func credentialsShowOnlyTheLastFourCharactersOfTheKeyId() {
        let credentials = Credentials(
            accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret, sessionToken: Self.token,
            expiration: Date(timeIntervalSince1970: 1_440_938_160), source: .environment)
        let texts = Self.renderings(credentials)
        Self.expectNoSecrets(in: texts)
        #expect(
            credentials.description
                == "Credentials(access key …MPLE, temporary, expires 2015-08-30T12:36:00Z, from environment)")
        #expect(credentials.redactedAccessKeyId == "…MPLE")
        #expect(texts.allSatisfy { $0.contains("…MPLE") })
    }

    @Test func secretsPrintAsRedacted() {
        let secret = Secret(Self.secret)
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        Self.expectNoSecrets(in: Self.renderings(secret))
        Self.expectNoSecrets(in: Self.renderings([secret]))
        Self.expectNoSecrets(in: Self.renderings(Optional(secret) as Any))
        #expect(secret.reveal() == Self.secret)
    }

    @Test func signedRequestsHideSignatureAndToken() throws {
        let signed = try SigV4.sign(
            Vectors.appFlowRequest("https://appflow.us-east-1.amazonaws.com/describe-connectors", body: "{}"),
            credentials: Vectors.credentials(token: Self.token), region: "us-east-1", service: "appflow",
            date: Vectors.date)
        let signature = "2ab39d4ddc846354aa3f989e7ec97db5a56088a2b3a382dd12cb340149daed73"
        #expect(signed.signature == signature)
        Self.expectNoSecrets(in: Self.renderings(signed), also: [signature])
        Self.expectNoSecrets(in: Self.renderings(signed.request), also: [signature])
        #expect(signed.request.description.contains("Authorization: <redacted>"))
        #expect(signed.request.description.contains("X-Amz-Security-Token: <redacted>"))
        #expect(signed.request.description.contains("X-Amz-Date: 20150830T123600Z"))
    }

    @Test func signingKeysDoNotPrint() {
        let key = SigningKey(
            secretAccessKey: Secret(Self.secret), dateStamp: "20150830", region: "us-east-1", service: "appflow")
        #expect(String(describing: key) == "SigningKey(<redacted>)")
        for text in Self.renderings(key) {
            #expect(!text.contains(","), "key bytes leaked in: \(text)")
        }
    }

    @Test func profilesShowSettingNamesNotValues() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "credentials", "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = \(Self.secret)\n")
        let config = try SharedConfig.load(
            environment: folder.environment(["AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials"]))
        let profile = try config.profile(ProfileSelection(option: nil, environment: [:]))
        Self.expectNoSecrets(in: Self.renderings(profile))
        #expect(profile.description.contains("aws_secret_access_key"))
    }

    @Test func holdersOfTheEnvironmentAndFilesDoNotPrintThem() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "credentials", "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = \(Self.secret)\n")
        try folder.write("config", "[default]\nregion = us-east-1\naws_session_token = \(Self.token)\n")
        let environment = folder.environment([
            "AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials", "AWS_CONFIG_FILE": folder.path + "/config",
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_SESSION_TOKEN": Self.token,
        ])
        let session = try AWSSession.resolve(profile: nil, regions: nil, endpointURL: nil, environment: environment)
        let chain = session.credentialChain(transport: RecordingTransport())
        let region = RegionResolver(environment: environment, profile: session.profile)
        let endpoint = EndpointResolver(option: nil, environment: environment, profile: session.profile)
        for value in [session, chain, session.config, region, endpoint] as [Any] {
            Self.expectNoSecrets(in: Self.renderings(value))
        }
        #expect(
            session.description == "AWSSession(profile default, us-east-1 → https://appflow.us-east-1.amazonaws.com)")
    }
}
