import AFQTestSupport
import Testing

@testable import AWSSigV4

struct AWSSessionTests {
    static func environment(_ folder: TemporaryFolder, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = folder.environment([
            "AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials", "AWS_CONFIG_FILE": folder.path + "/config",
        ])
        environment.merge(extra) { _, new in new }
        return environment
    }

    @Test func resolvesProfileRegionsAndEndpoints() async throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile dev]\nregion = eu-west-1\n")
        try folder.write("credentials", "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n")
        let session = try AWSSession.resolve(
            profile: "dev", regions: nil, endpointURL: nil, environment: Self.environment(folder))
        #expect(session.profile.name == "dev")
        #expect(session.regions == RegionSelection(regions: ["eu-west-1"], origin: "profile dev"))
        #expect(session.targets.map(\.endpoint.baseURL) == ["https://appflow.eu-west-1.amazonaws.com"])
        let credentials = try await session.credentialChain(transport: RecordingTransport()).resolve()
        #expect(credentials.accessKeyId == "AKIDDEV")
    }

    @Test func aCustomEndpointWithoutRegionSignsForUSEast1WithANotice() throws {
        let folder = try TemporaryFolder()
        let session = try AWSSession.resolve(
            profile: nil, regions: nil, endpointURL: "http://localhost:4566", environment: Self.environment(folder))
        #expect(
            session.targets == [
                RegionEndpoint(
                    region: "us-east-1",
                    endpoint: ResolvedEndpoint(
                        baseURL: "http://localhost:4566", origin: "--endpoint-url", isCustom: true))
            ])
        #expect(session.regions.notice != nil)
    }

    @Test func oneTargetPerRegion() throws {
        let folder = try TemporaryFolder()
        let session = try AWSSession.resolve(
            profile: nil, regions: ["us-east-1", "ap-southeast-2"], endpointURL: nil,
            environment: Self.environment(folder))
        #expect(
            session.targets.map(\.endpoint.baseURL) == [
                "https://appflow.us-east-1.amazonaws.com", "https://appflow.ap-southeast-2.amazonaws.com",
            ])
    }

    @Test func reportsConfigurationProblemsBeforeAnyRequest() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ConfigurationError.self) {
            try AWSSession.resolve(
                profile: "nope", regions: ["us-east-1"], endpointURL: nil, environment: Self.environment(folder))
        }
        #expect(
            throws: ConfigurationError.endpointVariantWithCustomEndpoint(
                variant: "FIPS", endpointOrigin: "--endpoint-url")
        ) {
            try AWSSession.resolve(
                profile: nil, regions: ["us-east-1"], endpointURL: "http://localhost:1",
                environment: Self.environment(folder, ["AWS_USE_FIPS_ENDPOINT": "true"]))
        }
        #expect(throws: ConfigurationError.self) {
            try AWSSession.resolve(profile: nil, regions: nil, endpointURL: nil, environment: Self.environment(folder))
        }
    }
}
