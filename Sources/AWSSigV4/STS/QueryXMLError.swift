/// Why a response is not the XML an AWS query-protocol service sends. The problem names the
/// construct and the byte offset, never the text around it: a malformed answer may still carry
/// credentials.
struct QueryXMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the document where reading stopped.
    let offset: Int
    let problem: String

    var description: String { "malformed XML at byte \(offset): \(problem)" }
}
