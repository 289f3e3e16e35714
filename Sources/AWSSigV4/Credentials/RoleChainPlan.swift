/// The profiles an assume-role resolution goes through, worked out from the shared files
/// before any call: where the first credentials come from, then each role to assume with the
/// credentials of the one before (AWS CLI User Guide, "Use an IAM role in the AWS CLI",
/// `source_profile` and `credential_source`).
///
/// For `a` (role, `source_profile = b`) → `b` (role, `source_profile = c`) → `c` (keys), the
/// base is profile `c` and the roles are `b`'s then `a`'s.
struct RoleChainPlan: Sendable {
    /// Where the credentials for the first AssumeRole come from.
    enum Base: Sendable {
        /// A profile read without the environment and without its own role: its keys, web
        /// identity settings or `credential_process`.
        case profile(ConfigProfile)
        /// `credential_source` of this profile: `Environment`, `Ec2InstanceMetadata` or
        /// `EcsContainer`.
        case credentialSource(String, profile: ConfigProfile)
    }

    let base: Base
    /// The profiles whose `role_arn` is assumed, innermost first; the active profile last.
    let roles: [RoleSettings]
}
