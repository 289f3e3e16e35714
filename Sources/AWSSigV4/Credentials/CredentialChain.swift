import Foundation

/// Finds credentials in the order of appflow-api §7.2 (the AWS CLI v2 chain without the
/// sources that need AWS STS or the SSO portal):
///
/// 1. environment keys, unless the profile was chosen with `--profile`;
/// 2. profiles that need STS or SSO (`role_arn`, `source_profile`, `credential_source`,
///    `web_identity_token_file`, `sso_*`, `login_session`) and the web-identity environment
///    stop with an error suggesting the `credential_process` bridge;
/// 3. static keys of the profile in the shared credentials file;
/// 4. the profile's `credential_process`;
/// 5. static keys of the profile in the shared config file;
/// 6. the container credentials endpoint;
/// 7. EC2 instance metadata (IMDSv2).
///
/// The environment and HTTP transport are injected; nothing is cached (see `CredentialCache`).
///
/// Printing a chain shows the profile, never the environment (it may hold keys).
public struct CredentialChain: Sendable, CustomStringConvertible, CustomReflectable {
    /// Settings that mean "this profile gets credentials from STS or SSO", in the order checked.
    static let unsupportedSettings: [(setting: String, kind: String)] = [
        ("web_identity_token_file", "web identity"),
        ("role_arn", "assume role"),
        ("source_profile", "assume role"),
        ("credential_source", "assume role"),
        ("sso_session", "IAM Identity Center (SSO)"),
        ("sso_start_url", "IAM Identity Center (SSO)"),
        ("sso_account_id", "IAM Identity Center (SSO)"),
        ("sso_role_name", "IAM Identity Center (SSO)"),
        ("login_session", "console login"),
    ]

    /// Not public: it may hold keys.
    let environment: [String: String]
    public let profile: ConfigProfile
    public let transport: any HTTPTransport
    /// Where a `credential_process` child writes its standard error; `nil` inherits afq's.
    public let processStandardError: FileHandle?
    /// The base of `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`; tests point it at loopback.
    var containerBase = ContainerCredentialsProvider.relativeBase

    /// - Parameters:
    ///   - environment: the process environment (injected).
    ///   - profile: from `SharedConfig.profile(_:)`.
    ///   - transport: for the container and instance-metadata endpoints (`CurlTransport`).
    public init(
        environment: [String: String], profile: ConfigProfile, transport: any HTTPTransport,
        processStandardError: FileHandle? = nil
    ) {
        self.environment = environment
        self.profile = profile
        self.transport = transport
        self.processStandardError = processStandardError
    }

    /// The first credentials found.
    /// - Throws: `CredentialsError`; `.notFound` lists every place looked at.
    public func resolve() async throws(CredentialsError) -> Credentials {
        var looked: [String] = []

        // 1. Environment (an explicit --profile skips it, AWS_PROFILE does not; §7.1).
        if profile.selection.isExplicit {
            looked.append("environment keys: skipped because --profile \(profile.name) was given")
        } else if let found = try environmentCredentials() {
            return found
        } else {
            looked.append("environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set")
        }

        // 2. What needs STS or SSO (§7.2).
        try rejectUnsupported()

        // 3. Shared credentials file.
        let credentialsSection = "[\(profile.name)]"
        if let found = try staticKeys(
            id: profile.credentialsFileValue("aws_access_key_id"),
            secret: profile.credentialsFileValue("aws_secret_access_key"),
            token: profile.credentialsFileValue("aws_session_token")
                ?? profile.credentialsFileValue("aws_security_token"),
            file: profile.credentialsFile)
        {
            return found
        }
        looked.append(
            absence(
                file: profile.credentialsFile, exists: profile.credentialsFileExists,
                hasSection: profile.credentialsFileSection != nil, section: credentialsSection))

        // 4. credential_process, from either file.
        if let commandLine = profile.value("credential_process") {
            let provider = CredentialProcessProvider(environment: environment, standardError: processStandardError)
            return try await provider.credentials(commandLine: commandLine, profile: profile.name)
        }
        looked.append("credential_process: profile \(profile.name) has none")

        // 5. Static keys in the config file.
        let configSection = profile.name == "default" ? "[default]" : "[profile \(profile.name)]"
        if let found = try staticKeys(
            id: profile.configFileValue("aws_access_key_id"), secret: profile.configFileValue("aws_secret_access_key"),
            token: profile.configFileValue("aws_session_token") ?? profile.configFileValue("aws_security_token"),
            file: profile.configFile)
        {
            return found
        }
        looked.append(
            absence(
                file: profile.configFile, exists: profile.configFileExists,
                hasSection: profile.configFileSection != nil,
                section: configSection))

        // 6. Container endpoint.
        var container = ContainerCredentialsProvider(environment: environment, transport: transport)
        container.base = containerBase
        if let found = try await container.credentials() { return found }
        looked.append(
            "container endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set"
        )

        // 7. Instance metadata.
        let metadata = InstanceMetadataCredentialsProvider(
            environment: environment, profile: profile, transport: transport)
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

    private func environmentCredentials() throws(CredentialsError) -> Credentials? {
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

    private func rejectUnsupported() throws(CredentialsError) {
        for entry in CredentialChain.unsupportedSettings where profile.value(entry.setting) != nil {
            throw .unsupportedProfile(profile: profile.name, setting: entry.setting, kind: entry.kind)
        }
        if let other = profile.settingNames.first(where: { $0.hasPrefix("sso_") }) {
            throw .unsupportedProfile(profile: profile.name, setting: other, kind: "IAM Identity Center (SSO)")
        }
        if nonEmpty(environment["AWS_WEB_IDENTITY_TOKEN_FILE"]) != nil, nonEmpty(environment["AWS_ROLE_ARN"]) != nil,
            profile.value("credential_process") == nil
        {
            throw .webIdentityEnvironment(profile: profile.name)
        }
    }

    private func staticKeys(id: String?, secret: String?, token: String?, file: String) throws(CredentialsError)
        -> Credentials?
    {
        let source = CredentialSource.profile(name: profile.name, file: file)
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

    private func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
