import AWSSigV4

/// The signing tests' inputs: AWS's documented example keys and time, those of the AWS
/// Signature Version 4 test suite.
enum Vectors {
    static let accessKeyId = "AKIDEXAMPLE"
    static let secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    /// 20150830T123600Z.
    static let date = SigningDate(secondsSince1970: 1_440_938_160)
    /// Token T, the AWS test-suite example token.
    static let tokenT =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="

    static func credentials(token: String? = nil) -> Credentials {
        Credentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: token,
            source: .explicit("test vectors"))
    }

    /// An AppFlow request as afq sends it: POST, `Content-Type: application/json`.
    static func appFlowRequest(_ url: String, body: String) -> HTTPRequest {
        HTTPRequest(
            method: "POST", url: url, headers: [(name: "Content-Type", value: "application/json")],
            body: Array(body.utf8))
    }
}
