/// Which profile of the shared files is active, and who chose it (AWS CLI User Guide,
/// "Environment variables to configure the AWS CLI"): `--profile`, else `AWS_PROFILE`, else the
/// legacy `AWS_DEFAULT_PROFILE`, else `default`.
public struct ProfileSelection: Sendable, Equatable {
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        /// `--profile` (or `.live --profile`): skips the environment keys (docs/live.md,
        /// "Signing in").
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

    /// Chosen with `--profile`: then environment keys are not used, as botocore does
    /// (docs/live.md, "Signing in").
    public var isExplicit: Bool { origin == .option }
}
