/// Which profile of the shared files is active, and who chose it (appflow-api §7.1 "Profile
/// name"): `--profile`, else `AWS_PROFILE`, else the legacy `AWS_DEFAULT_PROFILE`, else
/// `default`.
public struct ProfileSelection: Sendable, Equatable {
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        /// `--profile` (or `.live --profile`): skips the environment keys (§7.1).
        case option
        /// An environment variable, by name.
        case environment(String)
        /// Nobody chose; `default`.
        case fallback

        public var description: String {
            switch self {
            case .option: "--profile"
            case .environment(let name): name
            case .fallback: "no --profile or AWS_PROFILE"
            }
        }
    }

    public let name: String
    public let origin: Origin

    public init(name: String, origin: Origin) {
        self.name = name
        self.origin = origin
    }

    /// - Parameter option: the value of `--profile`, if given.
    public init(option: String?, environment: [String: String]) {
        if let option, !option.isEmpty {
            self.init(name: option, origin: .option)
        } else if let name = environment["AWS_PROFILE"], !name.isEmpty {
            self.init(name: name, origin: .environment("AWS_PROFILE"))
        } else if let name = environment["AWS_DEFAULT_PROFILE"], !name.isEmpty {
            self.init(name: name, origin: .environment("AWS_DEFAULT_PROFILE"))
        } else {
            self.init(name: "default", origin: .fallback)
        }
    }

    /// Chosen with `--profile`: then environment keys are not used (§7.1, as botocore does).
    public var isExplicit: Bool { origin == .option }
}
