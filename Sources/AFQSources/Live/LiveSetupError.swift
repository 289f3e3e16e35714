/// Why a live fetch could not start: a bad option or configuration (exit status 2), no usable
/// credentials, or an organisation whose accounts could not be listed (exit status 3). The
/// message never holds a secret.
public enum LiveSetupError: Error, Sendable, Equatable, CustomStringConvertible {
    case configuration(String)
    case credentials(String)
    case organization(String)

    public var description: String {
        switch self {
        case .configuration(let message), .credentials(let message), .organization(let message): return message
        }
    }
}
