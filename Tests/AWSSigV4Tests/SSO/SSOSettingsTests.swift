import Foundation
import Testing

@testable import AWSSigV4

/// The two forms of IAM Identity Center profile, and what is wrong when one is incomplete.
struct SSOSettingsTests {
    static let file = "/fixture/config"

    static func settings(_ config: String, profile name: String) throws -> SSOSettings {
        let shared = SharedConfig(
            credentialsFile: "/fixture/credentials", configFile: file, credentials: nil,
            config: try INIFile.parse(config, path: file))
        let profile = try shared.profile(ProfileSelection(name: name, origin: .option))
        let session = profile.value("sso_session").flatMap { shared.ssoSession($0) }
        return try SSOSettings(profile: profile, session: session, file: file)
    }

    @Test func readsTheSSOSessionForm() throws {
        let settings = try Self.settings(SSOProfiles.config, profile: "prod")
        #expect(settings.sessionName == "corp")
        #expect(settings.startURL == "https://corp.awsapps.com/start")
        #expect(settings.region == "us-east-1")
        #expect(settings.accountId == "111122223333")
        #expect(settings.roleName == "ReadOnly")
        #expect(settings.cacheKey == "corp")
        #expect(settings.loginCommand == "aws sso login --sso-session corp")
    }

    @Test func readsTheLegacyForm() throws {
        let settings = try Self.settings(SSOProfiles.config, profile: "dev")
        #expect(settings.sessionName == nil)
        #expect(settings.region == "eu-central-1")
        #expect(settings.cacheKey == "https://legacy.awsapps.com/start")
        #expect(settings.loginCommand == "aws sso login --profile dev")
    }

    @Test func quotesNamesTheShellWouldSplit() throws {
        let config = """
            [profile it's mine]
            sso_session = my corp
            sso_account_id = 1
            sso_role_name = R
            [sso-session my corp]
            sso_start_url = https://x.awsapps.com/start
            sso_region = us-east-1
            [profile legacy it's]
            sso_start_url = https://x.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 1
            sso_role_name = R
            """
        #expect(try Self.settings(config, profile: "it's mine").loginCommand == "aws sso login --sso-session 'my corp'")
        #expect(
            try Self.settings(config, profile: "legacy it's").loginCommand
                == #"aws sso login --profile 'legacy it'\''s'"#)
    }

    @Test(arguments: ["sso_account_id", "sso_role_name"])
    func namesASettingMissingFromTheProfile(setting: String) throws {
        let config = SSOProfiles.config.replacingOccurrences(of: "\n\(setting) = ", with: "\n# \(setting) = ")
        #expect(
            throws: CredentialsError.ssoMissingSetting(
                profile: "prod", setting: setting, section: "[profile prod]", file: Self.file)
        ) {
            try Self.settings(config, profile: "prod")
        }
    }

    @Test(arguments: ["sso_start_url", "sso_region"])
    func namesASettingMissingFromTheSession(setting: String) throws {
        let config = SSOProfiles.config.replacingOccurrences(
            of: "\(setting) = https://corp", with: "# \(setting) = https://corp"
        ).replacingOccurrences(of: "\(setting) = us-east-1", with: "# \(setting) = us-east-1")
        let error = CredentialsError.ssoMissingSetting(
            profile: "prod", setting: setting, section: "[sso-session corp]", file: Self.file)
        #expect(throws: error) { try Self.settings(config, profile: "prod") }
        #expect(
            error.description
                == "profile prod uses IAM Identity Center (SSO) but [sso-session corp] in /fixture/config "
                + "has no \(setting); add it, or set the profile up again with `aws configure sso --profile prod`"
        )
    }

    @Test(arguments: ["sso_start_url", "sso_region", "sso_account_id", "sso_role_name"])
    func namesASettingMissingFromALegacyProfile(setting: String) throws {
        let config = """
            [default]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = eu-central-1
            sso_account_id = 444455556666
            sso_role_name = Developer
            """.replacingOccurrences(of: "\(setting) =", with: "# \(setting) =")
        #expect(
            throws: CredentialsError.ssoMissingSetting(
                profile: "default", setting: setting, section: "[default]", file: Self.file)
        ) {
            try Self.settings(config, profile: "default")
        }
    }

    @Test func aMissingSessionSectionIsNamed() throws {
        let config = SSOProfiles.config.replacingOccurrences(of: "[sso-session corp]", with: "[sso-session other]")
        let error = CredentialsError.ssoSessionNotFound(profile: "prod", session: "corp", file: Self.file)
        #expect(throws: error) { try Self.settings(config, profile: "prod") }
        #expect(
            error.description
                == "profile prod has sso_session = corp but /fixture/config has no [sso-session corp] section; "
                + "add the section (`aws configure sso-session`) or correct the name"
        )
    }

    @Test func aProfileStartURLThatContradictsTheSessionIsRefused() throws {
        let config = SSOProfiles.config.replacingOccurrences(
            of: "sso_session = corp\n", with: "sso_session = corp\nsso_start_url = https://other.awsapps.com/start\n")
        let error = CredentialsError.ssoConflictingSetting(
            profile: "prod", setting: "sso_start_url", profileValue: "https://other.awsapps.com/start", session: "corp",
            sessionValue: "https://corp.awsapps.com/start", file: Self.file)
        #expect(throws: error) { try Self.settings(config, profile: "prod") }
        #expect(error.description.contains("remove sso_start_url from the profile or make the two equal"))
    }

    @Test func aProfileThatRepeatsTheSessionsValuesIsFine() throws {
        let config = SSOProfiles.config.replacingOccurrences(
            of: "sso_session = corp\n",
            with: "sso_session = corp\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n")
        #expect(try Self.settings(config, profile: "prod").startURL == "https://corp.awsapps.com/start")
    }
}
