/// The SigV4 key chain kDate → kRegion → kService → kSigning (IAM User Guide, "Create a
/// signed AWS API request", step 4: "Calculate the signature").
///
/// Kept internal: a signing key is as good as the secret for a day in one region.
struct SigningKey: CustomStringConvertible, CustomReflectable {
    let kDate: [UInt8]
    let kRegion: [UInt8]
    let kService: [UInt8]
    let kSigning: [UInt8]

    init(secretAccessKey: Secret, dateStamp: String, region: String, service: String) {
        kDate = Hex.hmac(key: Array(("AWS4" + secretAccessKey.reveal()).utf8), dateStamp)
        kRegion = Hex.hmac(key: kDate, region)
        kService = Hex.hmac(key: kRegion, service)
        kSigning = Hex.hmac(key: kService, "aws4_request")
    }

    /// Lower-case hex HMAC of the string to sign (the same step 4).
    func signature(of stringToSign: String) -> String {
        Hex.encode(Hex.hmac(key: kSigning, stringToSign))
    }

    var description: String { "SigningKey(<redacted>)" }
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
