/// Something a live fetch could not get, reported on standard error while the rest is shown:
/// a region of an account, or a whole account whose credentials or role failed.
public enum LiveFailureReport: Error, Sendable, Equatable, CustomStringConvertible {
    case region(LiveError)
    /// The account could not be reached: `problem` says why (the AWS error code and message).
    case account(AccountReference, problem: String, hint: String?)

    public var description: String {
        switch self {
        case .region(let error): return error.description
        case .account(let account, let problem, _): return "account \(account): \(problem)"
        }
    }

    public var hint: String? {
        switch self {
        case .region(let error): return error.hint
        case .account(_, _, let hint): return hint
        }
    }
}
