import Foundation

/// Assume role (AWS CLI User Guide, "Use an IAM role in the AWS CLI"; AWS STS API Reference,
/// "AssumeRole"): the active profile's `role_arn`, assumed with the credentials of its
/// `source_profile`, which may itself assume a role, or of its `credential_source`.
extension CredentialChain {
    /// The longest `source_profile` chain followed; longer ones are configuration mistakes.
    static let maxRoleChainLength = 32

    /// Credentials for the active profile's role, after every role its sources assume.
    func assumeRoleCredentials() async throws(CredentialsError) -> Credentials {
        let plan = try rolePlan()
        let sts = try stsClient()
        var credentials = try await baseCredentials(plan.base)
        for role in plan.roles {
            credentials = try await assume(role, with: credentials, sts: sts)
        }
        return credentials
    }

    /// Follows `source_profile` from the active profile to the first profile that has
    /// credentials of its own, checking every profile's settings on the way (botocore's rules):
    /// a profile with keys, or without a role of its own, ends the chain; a profile may name
    /// itself to use its own keys; any other return to a profile already on the way is a cycle.
    func rolePlan() throws(CredentialsError) -> RoleChainPlan {
        var roles: [RoleSettings] = []
        var visited = [profile.name]
        var current = profile
        for _ in 0..<CredentialChain.maxRoleChainLength {
            let settings = try RoleSettings(current)
            roles.append(settings)
            guard let sourceName = settings.sourceProfile else {
                return RoleChainPlan(
                    base: .credentialSource(settings.credentialSource ?? "", profile: current),
                    roles: Array(roles.reversed()))
            }
            if visited.contains(sourceName) {
                guard sourceName == current.name, CredentialChain.hasStaticKeys(current) else {
                    throw .sourceProfileCycle(profiles: visited + [sourceName])
                }
                return RoleChainPlan(base: .profile(current), roles: Array(roles.reversed()))
            }
            let source = try sourceProfile(named: sourceName, of: current)
            visited.append(sourceName)
            if CredentialChain.hasStaticKeys(source) || !CredentialChain.assumesRole(source) {
                return RoleChainPlan(base: .profile(source), roles: Array(roles.reversed()))
            }
            current = source
        }
        throw .roleConfiguration(
            profile: profile.name,
            problem:
                "its source_profile chain is longer than \(CredentialChain.maxRoleChainLength) profiles "
                + "(\(visited.prefix(4).joined(separator: " → ")) → …); shorten it")
    }

    private func sourceProfile(named name: String, of parent: ConfigProfile) throws(CredentialsError)
        -> ConfigProfile
    {
        do {
            return try config.profile(ProfileSelection(name: name, origin: .option))
        } catch {
            throw .roleConfiguration(
                profile: parent.name,
                problem:
                    "its source_profile \(name) is in neither \(config.credentialsFile) nor \(config.configFile); "
                    + "check the name")
        }
    }

    /// The credentials for the first AssumeRole of the plan.
    private func baseCredentials(_ base: RoleChainPlan.Base) async throws(CredentialsError) -> Credentials {
        switch base {
        case .profile(let source):
            guard let found = try await profileCredentials(of: source) else {
                throw .roleConfiguration(
                    profile: source.name,
                    problem:
                        "it is a source_profile but has no credentials; give it aws_access_key_id and "
                        + "aws_secret_access_key, a credential_process, or a role_arn of its own")
            }
            return found
        case .credentialSource(let name, let profile):
            func problem(_ text: String) -> CredentialsError {
                .credentialSource(profile: profile.name, source: name, problem: text)
            }
            switch name {
            case "Environment":
                guard let found = try environmentCredentials() else {
                    throw problem("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set; set them")
                }
                return found
            case "EcsContainer":
                guard let found = try await containerCredentials() else {
                    throw problem(
                        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set; "
                            + "is this running in a container with a task role?")
                }
                return found
            default:
                let metadata = instanceMetadata()
                guard !metadata.isDisabled else {
                    throw problem("instance metadata is disabled by AWS_EC2_METADATA_DISABLED; unset it")
                }
                switch try await metadata.credentials() {
                case .found(let credentials): return credentials
                case .unavailable(let reason): throw problem("instance metadata at \(metadata.endpoint): \(reason)")
                }
            }
        }
    }

    /// One AssumeRole, asking for an MFA code first when the profile has `mfa_serial`.
    private func assume(_ role: RoleSettings, with credentials: Credentials, sts: STSClient)
        async throws(CredentialsError) -> Credentials
    {
        var mfa: (serial: String, code: String)? = nil
        if let serial = role.mfaSerial {
            guard let prompt = mfaCode, let answer = await prompt(serial)?.trimmingWhitespace(), !answer.isEmpty
            else { throw .mfaCodeUnavailable(profile: role.profile, serial: serial) }
            mfa = (serial: serial, code: answer)
        }
        do {
            return try await sts.assumeRole(
                roleArn: role.roleArn, sessionName: role.sessionName ?? "afq-\(Int64(now().timeIntervalSince1970))",
                externalId: role.externalId, mfa: mfa, durationSeconds: role.durationSeconds, credentials: credentials
            ).credentials
        } catch {
            throw .sts(error)
        }
    }
}
