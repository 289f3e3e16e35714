import Foundation

/// Finds credentials in the order of the AWS CLI v2 and botocore (AWS SDKs and Tools Reference
/// Guide, "Understand the credential provider chain"; AWS CLI User Guide, "Configuration and
/// credential file settings"):
///
/// 1. environment keys, unless the profile was chosen with `--profile`;
/// 2. assume role: the profile's `role_arn` (without `web_identity_token_file`), with
///    credentials from its `source_profile` chain or its `credential_source`;
/// 3. web identity: `web_identity_token_file` + `role_arn` of the profile, or
///    `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (each variable wins over its setting);
/// 4. IAM Identity Center (SSO): a profile with `sso_session` or the legacy `sso_start_url`
///    (any `sso_*` setting), from the token `aws sso login` cached (`SSOCredentialsProvider`);
/// 5. static keys of the profile in the shared credentials file;
/// 6. `login_session` (console sign-in), refused with the `credential_process` bridge;
/// 7. the profile's `credential_process`;
/// 8. static keys of the profile in the shared config file;
/// 9. the container credentials endpoint;
/// 10. EC2 instance metadata (IMDSv2).
///
/// The environment, the shared files, the HTTP transport, the MFA prompt and the clock are
/// injected; nothing is cached (see `CredentialCache`).
///
/// Printing a chain shows the profile, never the environment (it may hold keys).
public struct CredentialChain: Sendable, CustomStringConvertible, CustomReflectable {
    /// Asks the person at the terminal for the current code of an MFA device, by its serial
    /// number or ARN; `nil` when there is no answer.
    public typealias MFACodePrompt = @Sendable (_ serial: String) async -> String?

    /// Not public: it may hold keys.
    let environment: [String: String]
    /// Where `source_profile`s are looked up.
    public let config: SharedConfig
    public let profile: ConfigProfile
    public let transport: any HTTPTransport
    /// Where a `credential_process` child writes its standard error; `nil` inherits afq's.
    public let processStandardError: FileHandle?
    /// Asked for the code of a role profile's `mfa_serial`; `nil` when there is no terminal.
    let mfaCode: MFACodePrompt?
    /// The base of `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`; tests point it at loopback.
    var containerBase = ContainerCredentialsProvider.relativeBase
    /// The clock for default role session names and STS signatures.
    var now: @Sendable () -> Date = { Date() }

    /// - Parameters:
    ///   - environment: the process environment (injected).
    ///   - config: the shared files, for the profiles that `source_profile` names.
    ///   - profile: from `config.profile(_:)`.
    ///   - transport: for STS and the container and instance-metadata endpoints (`CurlTransport`).
    ///   - processStandardError: where a `credential_process` writes errors; `nil` inherits.
    ///   - mfaCode: asks for an MFA code on the terminal; `nil` when afq has none.
    public init(
        environment: [String: String], config: SharedConfig, profile: ConfigProfile, transport: any HTTPTransport,
        processStandardError: FileHandle? = nil, mfaCode: MFACodePrompt? = nil
    ) {
        self.environment = environment
        self.config = config
        self.profile = profile
        self.transport = transport
        self.processStandardError = processStandardError
        self.mfaCode = mfaCode
    }

    /// The first credentials found.
    /// - Throws: `CredentialsError`; `.notFound` lists every place looked at.
    public func resolve() async throws(CredentialsError) -> Credentials {
        var looked: [String] = []

        // 1. Environment (an explicit --profile skips it, AWS_PROFILE does not).
        if profile.selection.isExplicit {
            looked.append("environment keys: skipped because --profile \(profile.name) was given")
        } else if let found = try environmentCredentials() {
            return found
        } else {
            looked.append("environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
        }

        // 2. Assume role.
        if CredentialChain.assumesRole(profile) {
            return try await assumeRoleCredentials()
        }
        looked.append("assume role: profile \(profile.name) has no role_arn")

        // 3. Web identity, from the environment or the profile.
        if let provider = try WebIdentityCredentialsProvider(profile: profile, environment: environment) {
            return try await provider.credentials(sts: stsClient(), now: now())
        }
        looked.append(
            "web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set and profile \(profile.name) has no web_identity_token_file"
        )

        // 4. IAM Identity Center (SSO).
        if let found = try await ssoCredentials(of: profile) { return found }
        looked.append("IAM Identity Center: profile \(profile.name) has no sso_session or sso_start_url")

        // 5. Shared credentials file.
        if let found = try credentialsFileKeys(of: profile) { return found }
        looked.append(
            absence(
                file: profile.credentialsFile, exists: profile.credentialsFileExists,
                hasSection: profile.credentialsFileSection != nil, section: "[\(profile.name)]"))

        // 6. Console login (`aws login`) needs DPoP request signing, which afq does not do.
        if profile.value("login_session") != nil {
            throw .unsupportedProfile(profile: profile.name, setting: "login_session", kind: "console login")
        }

        // 7. credential_process, from either file.
        if let found = try await processCredentials(of: profile) { return found }
        looked.append("credential_process: profile \(profile.name) has none")

        // 8. Static keys in the config file.
        if let found = try configFileKeys(of: profile) { return found }
        looked.append(
            absence(
                file: profile.configFile, exists: profile.configFileExists,
                hasSection: profile.configFileSection != nil,
                section: profile.name == "default" ? "[default]" : "[profile \(profile.name)]"))

        // 9. Container endpoint.
        if let found = try await containerCredentials() { return found }
        looked.append(
            "container endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set"
        )

        // 10. Instance metadata.
        let metadata = instanceMetadata()
        if metadata.isDisabled {
            looked.append("instance metadata: disabled by AWS_EC2_METADATA_DISABLED")
        } else {
            switch try await metadata.credentials() {
            case .found(let credentials): return credentials
            case .unavailable(let reason): looked.append("instance metadata at \(metadata.endpoint): \(reason)")
            }
        }
        throw .notFound(profile: profile.name, looked: looked)
    }

    public var description: String { "CredentialChain(profile \(profile.name) from \(profile.selection.origin))" }

    public var customMirror: Mirror { Mirror(self, children: ["profile": profile], displayStyle: .struct) }

    /// A profile that assumes a role with STS AssumeRole: `role_arn` without
    /// `web_identity_token_file` (with it, the profile is for web identity).
    static func assumesRole(_ profile: ConfigProfile) -> Bool {
        profile.value("role_arn") != nil && profile.value("web_identity_token_file") == nil
    }

    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` (or the legacy
    /// `AWS_SECURITY_TOKEN`) and `AWS_CREDENTIAL_EXPIRATION`.
    func environmentCredentials() throws(CredentialsError) -> Credentials? {
        let id = nonEmpty(environment["AWS_ACCESS_KEY_ID"])
        let secret = nonEmpty(environment["AWS_SECRET_ACCESS_KEY"])
        switch (id, secret) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw .incomplete(source: "the environment", present: "AWS_ACCESS_KEY_ID", missing: "AWS_SECRET_ACCESS_KEY")
        case (nil, .some):
            throw .incomplete(source: "the environment", present: "AWS_SECRET_ACCESS_KEY", missing: "AWS_ACCESS_KEY_ID")
        case (.some(let id), .some(let secret)):
            var expiration: Date? = nil
            if let text = nonEmpty(environment["AWS_CREDENTIAL_EXPIRATION"]) {
                guard let date = CredentialDocument.parseDate(text) else {
                    throw .invalidExpiration(source: "AWS_CREDENTIAL_EXPIRATION")
                }
                expiration = date
            }
            return Credentials(
                accessKeyId: id, secretAccessKey: secret,
                sessionToken: nonEmpty(environment["AWS_SESSION_TOKEN"]) ?? nonEmpty(environment["AWS_SECURITY_TOKEN"]),
                expiration: expiration, source: .environment)
        }
    }

    /// What a profile gives without the environment and without assuming its own role, in
    /// botocore's order for a `source_profile`: web identity, IAM Identity Center,
    /// the credentials file's keys, `credential_process`, the config file's keys.
    func profileCredentials(of source: ConfigProfile) async throws(CredentialsError) -> Credentials? {
        if let provider = try WebIdentityCredentialsProvider(profile: source, environment: nil) {
            return try await provider.credentials(sts: stsClient(), now: now())
        }
        if let found = try await ssoCredentials(of: source) { return found }
        if let found = try credentialsFileKeys(of: source) { return found }
        if let found = try await processCredentials(of: source) { return found }
        return try configFileKeys(of: source)
    }

    /// True when either file gives the profile a key id or a secret key (botocore's test for
    /// "has static credentials", which decides how a `source_profile` is read).
    static func hasStaticKeys(_ profile: ConfigProfile) -> Bool {
        profile.value("aws_access_key_id") != nil || profile.value("aws_secret_access_key") != nil
    }

    func containerCredentials() async throws(CredentialsError) -> Credentials? {
        var container = ContainerCredentialsProvider(environment: environment, transport: transport)
        container.base = containerBase
        return try await container.credentials()
    }

    func instanceMetadata() -> InstanceMetadataCredentialsProvider {
        InstanceMetadataCredentialsProvider(environment: environment, profile: profile, transport: transport)
    }

    /// IAM Identity Center credentials for a profile with any `sso_*` setting (the provider
    /// names what is missing when the settings are incomplete); nil for other profiles.
    private func ssoCredentials(of profile: ConfigProfile) async throws(CredentialsError) -> Credentials? {
        guard profile.settingNames.contains(where: { $0.hasPrefix("sso_") }) else { return nil }
        let provider = SSOCredentialsProvider(
            profile: profile, config: config, environment: environment, home: nil, transport: transport, now: now)
        return try await provider.credentials()
    }

    private func credentialsFileKeys(of profile: ConfigProfile) throws(CredentialsError) -> Credentials? {
        try staticKeys(
            id: profile.credentialsFileValue("aws_access_key_id"),
            secret: profile.credentialsFileValue("aws_secret_access_key"),
            token: profile.credentialsFileValue("aws_session_token")
                ?? profile.credentialsFileValue("aws_security_token"),
            source: .profile(name: profile.name, file: profile.credentialsFile))
    }

    private func configFileKeys(of profile: ConfigProfile) throws(CredentialsError) -> Credentials? {
        try staticKeys(
            id: profile.configFileValue("aws_access_key_id"), secret: profile.configFileValue("aws_secret_access_key"),
            token: profile.configFileValue("aws_session_token") ?? profile.configFileValue("aws_security_token"),
            source: .profile(name: profile.name, file: profile.configFile))
    }

    private func processCredentials(of profile: ConfigProfile) async throws(CredentialsError) -> Credentials? {
        guard let commandLine = profile.value("credential_process") else { return nil }
        let provider = CredentialProcessProvider(environment: environment, standardError: processStandardError)
        return try await provider.credentials(commandLine: commandLine, profile: profile.name)
    }

    private func staticKeys(id: String?, secret: String?, token: String?, source: CredentialSource)
        throws(CredentialsError) -> Credentials?
    {
        switch (id, secret) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw .incomplete(
                source: source.description, present: "aws_access_key_id", missing: "aws_secret_access_key")
        case (nil, .some):
            throw .incomplete(
                source: source.description, present: "aws_secret_access_key", missing: "aws_access_key_id")
        case (.some(let id), .some(let secret)):
            return Credentials(accessKeyId: id, secretAccessKey: secret, sessionToken: token, source: source)
        }
    }

    private func absence(file: String, exists: Bool, hasSection: Bool, section: String) -> String {
        if !exists { return "\(file): no such file" }
        if !hasSection { return "\(file): no \(section) section" }
        return "\(file): \(section) has no aws_access_key_id"
    }

    func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
