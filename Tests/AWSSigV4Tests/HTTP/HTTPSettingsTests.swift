import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// Where the CA bundle and the proxies come from, and what a bad one reports.
struct HTTPSettingsTests {
    @Test func usesTheSystemStoreAndNoProxyByDefault() throws {
        let settings = try HTTPSettings.resolve(environment: [:], profile: ProfileFixture.profile())
        #expect(settings == HTTPSettings())
        #expect(settings.caBundle == nil)
        #expect(settings.proxy == ProxySettings())
    }

    @Test func takesAWSCABundleOverTheProfilesCABundle() throws {
        let folder = try TemporaryFolder()
        let fromEnvironment = try folder.write("environment.pem", "")
        let fromProfile = try folder.write("profile.pem", "")
        let profile = try ProfileFixture.profile(config: "[default]\nca_bundle = \(fromProfile)\n")
        let settings = try HTTPSettings.resolve(
            environment: ["AWS_CA_BUNDLE": fromEnvironment, "REQUESTS_CA_BUNDLE": fromProfile], profile: profile)
        #expect(settings.caBundle == fromEnvironment)
        #expect(settings.caBundleOrigin == "AWS_CA_BUNDLE")
    }

    @Test func takesTheProfilesCABundleOverRequestsCABundle() throws {
        let folder = try TemporaryFolder()
        let fromProfile = try folder.write("profile.pem", "")
        let fromRequests = try folder.write("requests.pem", "")
        let profile = try ProfileFixture.profile(name: "corp", config: "[profile corp]\nca_bundle = \(fromProfile)\n")
        let settings = try HTTPSettings.resolve(environment: ["REQUESTS_CA_BUNDLE": fromRequests], profile: profile)
        #expect(settings.caBundle == fromProfile)
        #expect(settings.caBundleOrigin == "ca_bundle of profile corp in /fixture/config")
        let fallback = try HTTPSettings.resolve(
            environment: ["REQUESTS_CA_BUNDLE": fromRequests], profile: ProfileFixture.profile())
        #expect(fallback.caBundle == fromRequests)
        #expect(fallback.caBundleOrigin == "REQUESTS_CA_BUNDLE")
    }

    @Test func resolvesForASessionsEnvironmentAndProfile() throws {
        let folder = try TemporaryFolder()
        let bundle = try folder.write("corp.pem", "")
        try folder.write("config", "[profile corp]\nregion = eu-west-1\nca_bundle = \(bundle)\n")
        let environment = AWSSessionTests.environment(folder, ["HTTPS_PROXY": "http://proxy.example:3128"])
        let settings = try AWSSession.resolve(profile: "corp", regions: nil, endpointURL: nil, environment: environment)
            .httpSettings()
        #expect(settings.caBundle == bundle)
        #expect(settings.caBundleOrigin == "ca_bundle of profile corp in \(folder.path)/config")
        #expect(settings.proxy.https == "http://proxy.example:3128")
    }

    @Test func treatsAnEmptyAWSCABundleAsUnset() throws {
        let settings = try HTTPSettings.resolve(environment: ["AWS_CA_BUNDLE": " "], profile: nil)
        #expect(settings.caBundle == nil)
    }

    @Test func namesAMissingBundleAndWhereItWasSet() throws {
        let missing = try TemporaryFolder().path + "/corporate.pem"
        let error = #expect(throws: ConfigurationError.self) {
            try HTTPSettings.resolve(environment: ["AWS_CA_BUNDLE": missing], profile: nil)
        }
        #expect(error == .unusableCABundle(path: missing, origin: "AWS_CA_BUNDLE", problem: "does not exist"))
        #expect(
            error?.description
                == "CA bundle \(missing) (from AWS_CA_BUNDLE) does not exist; point it at a PEM file of the "
                + "certificate authorities to trust, or remove the setting")
        let profile = try ProfileFixture.profile(config: "[default]\nca_bundle = \(missing)\n")
        let fromProfile = #expect(throws: ConfigurationError.self) {
            try HTTPSettings.resolve(environment: [:], profile: profile)
        }
        #expect(
            fromProfile
                == .unusableCABundle(
                    path: missing, origin: "ca_bundle of profile default in /fixture/config", problem: "does not exist")
        )
    }

    @Test func refusesAFolderAsBundle() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: ConfigurationError.self) {
            try HTTPSettings.resolve(environment: ["AWS_CA_BUNDLE": folder.path], profile: nil)
        }
        #expect(error == .unusableCABundle(path: folder.path, origin: "AWS_CA_BUNDLE", problem: "is a folder"))
    }

    @Test func choosesTheProxyByTheURLsScheme() throws {
        let proxy = try ProxySettings.resolve(environment: [
            "HTTPS_PROXY": "http://secure.example:3128", "HTTP_PROXY": "plain.example:8080",
            "NO_PROXY": "localhost,.corp",
        ])
        #expect(
            proxy
                == ProxySettings(
                    https: "http://secure.example:3128", http: "plain.example:8080", noProxy: "localhost,.corp"))
        #expect(proxy.proxy(for: "https://appflow.us-east-1.amazonaws.com/") == "http://secure.example:3128")
        #expect(proxy.proxy(for: "HTTP://127.0.0.1:8080/") == "plain.example:8080")
        #expect(ProxySettings(http: "plain.example:8080").proxy(for: "https://appflow.example/") == nil)
    }

    @Test func prefersLowerCaseProxyVariablesAsTheAWSCLIDoes() throws {
        let both = try ProxySettings.resolve(environment: [
            "https_proxy": "http://lower:1", "HTTPS_PROXY": "http://upper:2", "no_proxy": "a", "NO_PROXY": "b",
        ])
        #expect(both.https == "http://lower:1")
        #expect(both.noProxy == "a")
        // An empty lower-case variable turns the upper-case one off.
        let off = try ProxySettings.resolve(environment: ["http_proxy": "", "HTTP_PROXY": "http://upper:2"])
        #expect(off.http == nil)
        let upper = try ProxySettings.resolve(environment: ["HTTP_PROXY": "http://upper:2"])
        #expect(upper.http == "http://upper:2")
    }

    @Test func refusesAProxyThatIsNotHTTPWithoutShowingItsPassword() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try HTTPSettings.resolve(
                environment: ["HTTPS_PROXY": "socks5://alice:s3cret@proxy.example:1080"], profile: nil)
        }
        #expect(error == .invalidProxyURL(value: "socks5://<redacted>@proxy.example:1080", origin: "HTTPS_PROXY"))
        #expect(error?.description.contains("s3cret") == false)
    }

    @Test func neverPrintsAProxysCredentials() throws {
        let settings = try HTTPSettings.resolve(
            environment: ["HTTPS_PROXY": "http://alice:s3cret@proxy.example:3128", "http_proxy": "http://bob:pw/@x:1"],
            profile: nil)
        #expect(settings.proxy.https == "http://alice:s3cret@proxy.example:3128")
        for text in [
            settings.description, "\(settings)", String(reflecting: settings), "\(settings.proxy)",
            String(reflecting: settings.proxy), dumped(settings), dumped(CurlTransport(settings: settings)),
        ] {
            #expect(!text.contains("s3cret") && !text.contains("alice") && !text.contains("pw/"), "\(text)")
            #expect(text.contains("proxy.example:3128"), "\(text)")
        }
        #expect(ProxySettings.redacting("http://proxy.example:3128") == "http://proxy.example:3128")
        #expect(ProxySettings.redacting("alice:s3cret@proxy.example:3128") == "<redacted>@proxy.example:3128")
    }

    @Test func redactsAProxysCredentialsInAMessage() {
        let proxy = "http://alice:s3cret@proxy.example:3128"
        #expect(
            ProxySettings.redacting("Unsupported proxy scheme for '\(proxy)'", credentialsOf: proxy)
                == "Unsupported proxy scheme for 'http://<redacted>@proxy.example:3128'")
        #expect(ProxySettings.redacting("password s3cret seen", credentialsOf: proxy) == "password <redacted> seen")
        #expect(ProxySettings.redacting("nothing here", credentialsOf: nil) == "nothing here")
    }

    private func dumped(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }
}
