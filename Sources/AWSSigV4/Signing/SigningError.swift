/// Why a request could not be signed.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request URL has no scheme or host.
    case invalidURL(String)

    public var description: String {
        switch self {
        case .invalidURL(let url):
            "cannot sign a request to '\(url)': the URL needs a scheme and a host, e.g. https://appflow.us-east-1.amazonaws.com"
        }
    }
}
