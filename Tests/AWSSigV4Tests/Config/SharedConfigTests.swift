import AFQTestSupport
import Testing

@testable import AWSSigV4

struct SharedConfigTests {
    @Test func defaultsToTheHomeFolder() throws {
        let folder = try TemporaryFolder()
        try FileManagerHelper.makeFolder(folder.path + "/.aws")
        try folder.write(".aws/config", "[default]\nregion = eu-west-1\n")
        let config = try SharedConfig.load(environment: folder.environment())
        #expect(config.credentialsFile == folder.path + "/.aws/credentials")
        #expect(config.configFile == folder.path + "/.aws/config")
        #expect(!config.credentialsFileExists)
        #expect(config.configFileExists)
        #expect(try config.profile(ProfileSelection(option: nil, environment: [:])).value("region") == "eu-west-1")
    }

    @Test func takesPathsFromTheEnvironmentWithTilde() throws {
        let folder = try TemporaryFolder()
        try folder.write("creds", "[x]\n")
        try folder.write("conf", "[profile y]\n")
        let config = try SharedConfig.load(
            environment: ["AWS_SHARED_CREDENTIALS_FILE": "~/creds", "AWS_CONFIG_FILE": folder.path + "/conf"],
            home: folder.path)
        #expect(config.credentialsFile == folder.path + "/creds")
        #expect(config.profileNames == ["x", "y"])
    }

    @Test func credentialsFileWinsOverConfigFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("credentials", "[dev]\nregion = us-west-2\naws_access_key_id = FROMCREDS\n")
        try folder.write("config", "[profile dev]\nregion = eu-west-1\noutput = json\naws_access_key_id = FROMCONFIG\n")
        let config = try SharedConfig.load(environment: folder.environment(Self.paths(folder)))
        let profile = try config.profile(ProfileSelection(option: "dev", environment: [:]))
        #expect(profile.value("region") == "us-west-2")
        #expect(profile.value("output") == "json")
        #expect(profile.credentialsFileValue("aws_access_key_id") == "FROMCREDS")
        #expect(profile.configFileValue("aws_access_key_id") == "FROMCONFIG")
    }

    @Test func readsProfilesOnlyFromProfileSectionsOfTheConfigFile() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "config",
            """
            [dev]
            region = ignored
            [profile "spaced name"]
            region = eu-west-3
            [sso-session corp]
            sso_region = us-east-1
            [services local]
            appflow =
              endpoint_url = http://localhost:4566
            """)
        let config = try SharedConfig.load(environment: folder.environment(Self.paths(folder)))
        #expect(config.profileNames == ["spaced name"])
        #expect(throws: ConfigurationError.self) {
            try config.profile(ProfileSelection(option: "dev", environment: [:]))
        }
        let spaced = try config.profile(ProfileSelection(option: "spaced name", environment: [:]))
        #expect(spaced.value("region") == "eu-west-3")
    }

    @Test func profileDefaultWinsOverPlainDefault() throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[profile default]\nregion = b\n[default]\nregion = a\noutput = text\n")
        let config = try SharedConfig.load(environment: folder.environment(Self.paths(folder)))
        let profile = try config.profile(ProfileSelection(option: nil, environment: [:]))
        #expect(profile.value("region") == "b")
        #expect(profile.value("output") == "text")
    }

    @Test func aNamedProfileMustExistButDefaultNeedNot() throws {
        let folder = try TemporaryFolder()
        let config = try SharedConfig.load(environment: folder.environment(Self.paths(folder)))
        let fallback = try config.profile(ProfileSelection(option: nil, environment: [:]))
        #expect(!fallback.exists)
        let error = try #require(throws: ConfigurationError.self) {
            try config.profile(ProfileSelection(option: nil, environment: ["AWS_PROFILE": "prod"]))
        }
        #expect(
            error.description
                == "profile 'prod' (from AWS_PROFILE) is in neither \(folder.path)/credentials nor \(folder.path)/config; check the name, or create it with `aws configure --profile prod`"
        )
    }

    @Test func choosesTheProfileName() {
        #expect(
            ProfileSelection(option: "a", environment: ["AWS_PROFILE": "b"])
                == ProfileSelection(name: "a", origin: .option))
        #expect(
            ProfileSelection(option: nil, environment: ["AWS_PROFILE": "b", "AWS_DEFAULT_PROFILE": "c"])
                == ProfileSelection(name: "b", origin: .environment("AWS_PROFILE")))
        #expect(
            ProfileSelection(option: nil, environment: ["AWS_DEFAULT_PROFILE": "c"])
                == ProfileSelection(name: "c", origin: .environment("AWS_DEFAULT_PROFILE")))
        #expect(ProfileSelection(option: nil, environment: [:]) == ProfileSelection(name: "default", origin: .fallback))
        #expect(ProfileSelection(option: "a", environment: [:]).isExplicit)
        #expect(!ProfileSelection(option: nil, environment: ["AWS_PROFILE": "b"]).isExplicit)
    }

    @Test func reportsAMalformedFileWithItsPathAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[default]\nregion = us-east-1\nthis is wrong\n")
        let error = try #require(throws: ConfigurationError.self) {
            try SharedConfig.load(environment: folder.environment(Self.paths(folder)))
        }
        #expect(error.description.hasPrefix("\(folder.path)/config line 3: "))
    }

    @Test func reportsAFolderWhereAFileShouldBe() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ConfigurationError.unreadableFile(path: folder.path, reason: "it is a folder")) {
            try SharedConfig.load(environment: ["AWS_CONFIG_FILE": folder.path], home: folder.path)
        }
    }

    static func paths(_ folder: TemporaryFolder) -> [String: String] {
        ["AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials", "AWS_CONFIG_FILE": folder.path + "/config"]
    }
}
