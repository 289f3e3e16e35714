import AFQTestSupport
import AWSSigV4
import Foundation

/// A credential chain over files in a temporary folder and an injected environment.
enum ChainFixture {
    /// - Parameters:
    ///   - extra: added to `folder.environment()` (HOME = the folder, instance metadata off) and
    ///     the two file paths inside the folder.
    ///   - option: the `--profile` value.
    ///   - mfaCode: the MFA prompt; `nil` as without a terminal.
    static func chain(
        _ folder: TemporaryFolder, _ extra: [String: String] = [:], profile option: String? = nil,
        transport: any HTTPTransport = RecordingTransport(), processStandardError: FileHandle? = nil,
        mfaCode: CredentialChain.MFACodePrompt? = nil
    ) throws -> CredentialChain {
        var environment = folder.environment([
            "AWS_SHARED_CREDENTIALS_FILE": folder.path + "/credentials", "AWS_CONFIG_FILE": folder.path + "/config",
        ])
        environment.merge(extra) { _, new in new }
        let config = try SharedConfig.load(environment: environment)
        let profile = try config.profile(ProfileSelection(option: option, environment: environment))
        return CredentialChain(
            environment: environment, config: config, profile: profile, transport: transport,
            processStandardError: processStandardError, mfaCode: mfaCode)
    }

    /// Resolves and returns the error, which must be a `CredentialsError`.
    static func error(_ chain: CredentialChain) async -> CredentialsError? {
        do {
            _ = try await chain.resolve()
            return nil
        } catch {
            return error
        }
    }
}
