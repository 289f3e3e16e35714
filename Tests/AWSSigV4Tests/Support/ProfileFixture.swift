@testable import AWSSigV4

/// Builds a profile from config-file text without touching disk.
enum ProfileFixture {
    static func profile(name: String = "default", config: String = "", credentials: String = "") throws -> ConfigProfile
    {
        let configFile = try INIFile.parse(config, path: "/fixture/config")
        let credentialsFile = try INIFile.parse(credentials, path: "/fixture/credentials")
        let shared = SharedConfig(
            credentialsFile: "/fixture/credentials", configFile: "/fixture/config", credentials: credentialsFile,
            config: configFile)
        return try shared.profile(ProfileSelection(name: name, origin: name == "default" ? .fallback : .option))
    }
}
