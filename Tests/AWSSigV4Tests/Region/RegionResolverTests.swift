import Testing

@testable import AWSSigV4

struct RegionResolverTests {
    static func resolver(_ environment: [String: String] = [:], config: String = "[default]\n") throws -> RegionResolver
    {
        RegionResolver(environment: environment, profile: try ProfileFixture.profile(config: config))
    }

    @Test func theOptionIsAListTrimmedAndDeduplicated() throws {
        let selection = try Self.resolver(["AWS_REGION": "ap-south-1"]).resolve(
            option: " us-east-1, eu-west-1 ,us-east-1,,")
        #expect(selection == RegionSelection(regions: ["us-east-1", "eu-west-1"], origin: "--region"))
    }

    @Test func takesAnAlreadySplitList() throws {
        let selection = try Self.resolver().resolve(regions: ["eu-west-1", " eu-west-1", "us-east-2"])
        #expect(selection.regions == ["eu-west-1", "us-east-2"])
        #expect(throws: ConfigurationError.emptyRegionList) { try Self.resolver().resolve(regions: []) }
    }

    @Test func followsTheCLIOrder() throws {
        let config = "[default]\nregion = sa-east-1\n"
        #expect(
            try Self.resolver(["AWS_REGION": "a-1", "AWS_DEFAULT_REGION": "b-1"], config: config).resolve(option: nil)
                == RegionSelection(regions: ["a-1"], origin: "AWS_REGION"))
        #expect(
            try Self.resolver(["AWS_DEFAULT_REGION": "b-1"], config: config).resolve(option: nil)
                == RegionSelection(regions: ["b-1"], origin: "AWS_DEFAULT_REGION"))
        #expect(
            try Self.resolver(["AWS_REGION": ""], config: config).resolve(option: nil)
                == RegionSelection(regions: ["sa-east-1"], origin: "profile default"))
    }

    @Test func neverDefaultsSilently() throws {
        let error = try #require(throws: ConfigurationError.self) { try Self.resolver().resolve(option: nil) }
        #expect(
            error.description
                == "no AWS region set: pass --region (e.g. --region us-east-1), set AWS_REGION, or add `region = us-east-1` to profile default in /fixture/config"
        )
    }

    @Test func defaultsToUSEast1WithANoticeForACustomEndpoint() throws {
        let selection = try Self.resolver().resolve(option: nil, hasCustomEndpoint: true)
        #expect(selection.regions == ["us-east-1"])
        #expect(
            selection.notice
                == "no region set; signing for us-east-1 because an endpoint URL is configured (use --region to choose another)"
        )
        #expect(
            try Self.resolver(["AWS_REGION": "eu-west-1"]).resolve(option: nil, hasCustomEndpoint: true).notice == nil)
    }

    @Test(arguments: ["US-EAST-1", "us east 1", "-us-east-1", "us_east_1", String(repeating: "a", count: 64)])
    func rejectsWhatCannotBeARegion(_ value: String) throws {
        #expect(throws: ConfigurationError.invalidRegion(value: value, origin: "--region")) {
            try Self.resolver().resolve(option: value)
        }
    }

    @Test func namesTheSourceOfABadRegion() throws {
        #expect(throws: ConfigurationError.invalidRegion(value: "Mars", origin: "AWS_DEFAULT_REGION")) {
            try Self.resolver(["AWS_DEFAULT_REGION": "Mars"]).resolve(option: nil)
        }
        #expect(throws: ConfigurationError.invalidRegion(value: "x y", origin: "profile default")) {
            try Self.resolver(config: "[default]\nregion = x y\n").resolve(option: nil)
        }
    }

    @Test func rejectsAnEmptyList() throws {
        #expect(throws: ConfigurationError.emptyRegionList) { try Self.resolver().resolve(option: " , ") }
    }
}
