import Foundation
import Testing

@testable import AWSSigV4

/// Where a request goes, in the AWS CLI's order: `--endpoint-url`, `AWS_ENDPOINT_URL_APPFLOW`,
/// `AWS_ENDPOINT_URL`, the profile's `[services]` section, the profile's `endpoint_url` (AWS SDKs
/// and Tools Reference Guide, "Service-specific endpoints"), else the host computed from the
/// region (AWS General Reference, "Amazon AppFlow endpoints and quotas").
struct EndpointResolverTests {
    static let servicesConfig = """
        [default]
        services = local
        endpoint_url = http://profile.example:1
        [services local]
        appflow =
          endpoint_url = http://services.example:2/
        """

    static func resolver(option: String? = nil, _ environment: [String: String] = [:], config: String = "[default]\n")
        throws -> EndpointResolver
    {
        EndpointResolver(option: option, environment: environment, profile: try ProfileFixture.profile(config: config))
    }

    @Test(arguments: [
        ("us-east-1", false, false, "https://appflow.us-east-1.amazonaws.com"),
        ("us-east-1", true, false, "https://appflow-fips.us-east-1.amazonaws.com"),
        ("us-east-1", false, true, "https://appflow.us-east-1.api.aws"),
        ("us-east-1", true, true, "https://appflow-fips.us-east-1.api.aws"),
        ("cn-north-1", false, false, "https://appflow.cn-north-1.amazonaws.com.cn"),
        ("cn-north-1", false, true, "https://appflow.cn-north-1.api.amazonwebservices.com.cn"),
        ("us-gov-west-1", true, false, "https://appflow-fips.us-gov-west-1.amazonaws.com"),
        ("us-iso-east-1", false, false, "https://appflow.us-iso-east-1.c2s.ic.gov"),
        ("us-isob-east-1", false, false, "https://appflow.us-isob-east-1.sc2s.sgov.gov"),
        ("eu-isoe-west-1", false, false, "https://appflow.eu-isoe-west-1.cloud.adc-e.uk"),
        ("us-isof-south-1", false, false, "https://appflow.us-isof-south-1.csp.hci.ic.gov"),
        ("eusc-de-east-1", false, false, "https://appflow.eusc-de-east-1.amazonaws.eu"),
        ("mars-north-1", false, false, "https://appflow.mars-north-1.amazonaws.com"),
    ])
    func computesHostsPerPartition(_ region: String, _ fips: Bool, _ dualStack: Bool, _ expected: String) throws {
        let endpoint = try EndpointResolver.computed(region: region, fips: fips, dualStack: dualStack)
        #expect(endpoint.baseURL == expected)
        #expect(!endpoint.isCustom)
    }

    @Test func dualStackIsAnErrorWhereThePartitionHasNone() {
        #expect(throws: ConfigurationError.unsupportedEndpointVariant(variant: "dual-stack", region: "us-iso-east-1")) {
            try EndpointResolver.computed(region: "us-iso-east-1", dualStack: true)
        }
    }

    @Test func followsTheResolutionOrder() throws {
        let environment = [
            "AWS_ENDPOINT_URL_APPFLOW": "http://appflow-env.example:3", "AWS_ENDPOINT_URL": "http://all-env.example:4",
        ]
        let config = Self.servicesConfig
        #expect(
            try Self.resolver(option: "http://option.example:5/", environment, config: config).resolve(
                region: "eu-west-1")
                == ResolvedEndpoint(baseURL: "http://option.example:5", origin: "--endpoint-url", isCustom: true))
        #expect(
            try Self.resolver(environment, config: config).resolve(region: "eu-west-1").origin
                == "AWS_ENDPOINT_URL_APPFLOW")
        #expect(
            try Self.resolver(["AWS_ENDPOINT_URL": "http://all-env.example:4"], config: config).resolve(
                region: "eu-west-1"
            )
            .baseURL == "http://all-env.example:4")
        #expect(
            try Self.resolver(config: config).resolve(region: "eu-west-1")
                == ResolvedEndpoint(
                    baseURL: "http://services.example:2", origin: "[services local] in /fixture/config", isCustom: true)
        )
        #expect(
            try Self.resolver(config: "[default]\nendpoint_url = http://profile.example:1\n").resolve(
                region: "eu-west-1")
                == ResolvedEndpoint(baseURL: "http://profile.example:1", origin: "profile default", isCustom: true))
        #expect(
            try Self.resolver().resolve(region: "eu-west-1")
                == ResolvedEndpoint(
                    baseURL: "https://appflow.eu-west-1.amazonaws.com", origin: "computed for eu-west-1",
                    isCustom: false))
    }

    @Test func servicesSectionWithoutAppFlowFallsThroughToTheProfile() throws {
        let config =
            "[default]\nservices = s\nendpoint_url = http://profile.example:1\n[services s]\ns3 =\n  endpoint_url = http://x\n"
        #expect(try Self.resolver(config: config).resolve(region: "us-east-1").origin == "profile default")
    }

    @Test func ignoringConfiguredEndpointsSkipsStepsTwoToFive() throws {
        let environment = ["AWS_ENDPOINT_URL_APPFLOW": "http://a:1", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "TRUE"]
        #expect(
            try Self.resolver(environment, config: Self.servicesConfig).resolve(region: "us-east-1").baseURL
                == "https://appflow.us-east-1.amazonaws.com")
        let ignoringProfile = Self.servicesConfig.replacingOccurrences(
            of: "[default]\n", with: "[default]\nignore_configured_endpoint_urls = true\n")
        #expect(try Self.resolver(config: ignoringProfile).configuredEndpoint() == nil)
        #expect(
            try Self.resolver(option: "http://option:9", environment, config: ignoringProfile).configuredEndpoint()?
                .baseURL
                == "http://option:9")
    }

    @Test func fipsOrDualStackWithACustomEndpointIsAnError() throws {
        #expect(
            throws: ConfigurationError.endpointVariantWithCustomEndpoint(
                variant: "FIPS", endpointOrigin: "--endpoint-url")
        ) {
            try Self.resolver(option: "http://localhost:4566", ["AWS_USE_FIPS_ENDPOINT": "true"]).resolve(
                region: "us-east-1")
        }
        #expect(
            throws: ConfigurationError.endpointVariantWithCustomEndpoint(
                variant: "dual-stack", endpointOrigin: "AWS_ENDPOINT_URL")
        ) {
            try Self.resolver(
                ["AWS_ENDPOINT_URL": "http://localhost:4566"], config: "[default]\nuse_dualstack_endpoint = true\n"
            ).resolve(region: "us-east-1")
        }
    }

    @Test func variantsComeFromEnvironmentOrProfile() throws {
        #expect(
            try Self.resolver(["AWS_USE_FIPS_ENDPOINT": "true"]).resolve(region: "us-east-2").baseURL
                == "https://appflow-fips.us-east-2.amazonaws.com")
        #expect(
            try Self.resolver(config: "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n").resolve(
                region: "us-east-1"
            ).baseURL == "https://appflow-fips.us-east-1.api.aws")
        #expect(
            try Self.resolver(["AWS_USE_FIPS_ENDPOINT": "false"], config: "[default]\nuse_fips_endpoint = true\n")
                .resolve(
                    region: "us-east-1"
                ).baseURL == "https://appflow.us-east-1.amazonaws.com")
    }

    @Test(arguments: ["localhost:4566", "ftp://host", "http://", "https://host?x=1"])
    func rejectsMalformedEndpointURLs(_ url: String) throws {
        #expect(throws: ConfigurationError.invalidEndpointURL(value: url, origin: "--endpoint-url")) {
            try Self.resolver(option: url).configuredEndpoint()
        }
    }

    @Test func aMissingServicesSectionIsAnError() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try Self.resolver(config: "[default]\nservices = nowhere\n").configuredEndpoint()
        }
        #expect(
            error.description
                == "profile default has `services = nowhere` but /fixture/config has no [services nowhere] section; add the section or remove the setting"
        )
    }

    @Test func appendsOperationPaths() throws {
        let endpoint = try Self.resolver(option: "http://localhost:4566/prefix/").resolve(region: "us-east-1")
        #expect(endpoint.url(path: "/describe-connectors") == "http://localhost:4566/prefix/describe-connectors")
        #expect(endpoint.url(path: "list-connectors") == "http://localhost:4566/prefix/list-connectors")
    }
}
