/// One profile's assume-role settings, checked (AWS CLI User Guide, "Use an IAM role in the AWS
/// CLI"; AWS STS API Reference, "AssumeRole", request parameters).
struct RoleSettings: Sendable {
    /// `duration_seconds` bounds: STS accepts 900 s up to the role's maximum, at most 12 hours.
    static let durations = 900...43_200
    /// The values of `credential_source` botocore knows, spelled as it spells them.
    static let credentialSources = ["Environment", "Ec2InstanceMetadata", "EcsContainer"]

    let profile: String
    let roleArn: String
    let sessionName: String?
    let externalId: String?
    let mfaSerial: String?
    let durationSeconds: Int?
    /// Exactly one of these two is set.
    let sourceProfile: String?
    let credentialSource: String?

    /// Reads and checks the settings of a profile with `role_arn`.
    /// - Throws: `.roleConfiguration` for both or neither of `source_profile` and
    ///   `credential_source`, an unknown `credential_source`, or a `duration_seconds` that is
    ///   not a whole number from 900 to 43200.
    init(_ profile: ConfigProfile) throws(CredentialsError) {
        func problem(_ text: String) -> CredentialsError { .roleConfiguration(profile: profile.name, problem: text) }
        self.profile = profile.name
        roleArn = profile.value("role_arn") ?? ""
        sessionName = profile.value("role_session_name")
        externalId = profile.value("external_id")
        mfaSerial = profile.value("mfa_serial")
        sourceProfile = profile.value("source_profile")
        credentialSource = profile.value("credential_source")
        switch (sourceProfile, credentialSource) {
        case (.some, .some):
            throw problem("role_arn comes with both source_profile and credential_source; keep one of them")
        case (nil, nil):
            throw problem(
                "role_arn needs the credentials to assume it with: add source_profile = <a profile with keys> "
                    + "or credential_source = Environment, Ec2InstanceMetadata or EcsContainer")
        case (nil, .some(let source)):
            guard RoleSettings.credentialSources.contains(source) else {
                throw problem(
                    "credential_source \(source) is not one of "
                        + RoleSettings.credentialSources.joined(separator: ", ") + "; use one of those")
            }
        case (.some, nil):
            break
        }
        if let text = profile.value("duration_seconds") {
            guard let seconds = Int(text.trimmingWhitespace()), RoleSettings.durations.contains(seconds) else {
                throw problem(
                    "duration_seconds must be a whole number of seconds from \(RoleSettings.durations.lowerBound) "
                        + "to \(RoleSettings.durations.upperBound), not \(text); fix or remove it")
            }
            durationSeconds = seconds
        } else {
            durationSeconds = nil
        }
    }
}
