import Testing

@testable import AWSSigV4

/// AppFlow requests signed with AWS's example keys and time (`Vectors`), the expected values
/// computed with botocore's `SigV4Auth` and checked by a second implementation. Every vector:
/// canonical request (V1 exact), canonical-request hashes, string to sign, the key chain and
/// every signature, with and without a session token.
struct SigV4Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        var id: String
        var url: String
        var region: String
        var body: String
        var token: String?
        var canonicalRequestHash: String?
        var signature: String
        var testDescription: String { id }
    }

    static let describeConnectors = "https://appflow.us-east-1.amazonaws.com/describe-connectors"

    static let vectors: [Vector] = [
        Vector(
            id: "V1", url: describeConnectors, region: "us-east-1", body: "{}", token: nil,
            canonicalRequestHash: "d4ab5cf5c1655c87a66267e51cadd1f12c5bbf02358f9f2f2ce4f9d6970bde52",
            signature: "a6aabdb384a6f9a1c0ff6d26ed44dd5d2875e6e0c1cdb288bf740643f2fed395"),
        Vector(
            id: "V2", url: describeConnectors, region: "us-east-1",
            body: #"{"connectorTypes":["Salesforce","S3"],"maxResults":10}"#, token: Vectors.tokenT,
            canonicalRequestHash: "abc08a058085fa819b346cd8fd4c8565049609fbda4f6800eeb2b7e3a5df9071",
            signature: "a5f7c9ad57951ece89eb019201fc924e917c6a29b19bfc1baa044b5fc5aef610"),
        Vector(
            id: "V3", url: "https://appflow.us-east-1.amazonaws.com/describe-connector", region: "us-east-1",
            body: #"{"connectorType":"Salesforce"}"#, token: nil,
            canonicalRequestHash: "6af55eb65986e9eabf34baab196144cee4df999e5dfe79248355ca2a38afcc9a",
            signature: "1f3a3717eac8988bb494c95d09d3aba165f4853e41b7ce566098f8441164714f"),
        Vector(
            id: "V4", url: "https://appflow.eu-west-1.amazonaws.com/list-connectors", region: "eu-west-1",
            body: #"{"maxResults":20,"nextToken":"abc123"}"#, token: nil,
            canonicalRequestHash: "16230e2d1bee857b00d096b3f4d93e2b260df453013e9b50c1f7814fb123383f",
            signature: "85035c329fd2dd33e6a23248d781d553c31d41921bafb27a087656dca7a031a1"),
        Vector(
            id: "V5", url: describeConnectors, region: "us-east-1", body: "{}", token: Vectors.tokenT,
            canonicalRequestHash: nil, signature: "ab41e885d42a2c2e7e683ef0d8aae5f8d5a8e1c01abf1fcf693b9869483657d3"),
        Vector(
            id: "V6", url: describeConnectors, region: "us-east-1", body: "{}", token: "FAKESESSIONTOKEN",
            canonicalRequestHash: nil, signature: "2ab39d4ddc846354aa3f989e7ec97db5a56088a2b3a382dd12cb340149daed73"),
        Vector(
            id: "V7", url: "http://localhost:4566/describe-connectors", region: "us-east-1", body: "{}", token: nil,
            canonicalRequestHash: "2b619723086e06d39af8f98cac8009607ba27f92e4d188248d189521ee71ff20",
            signature: "41108a55a448776f267ab696891cd6e849897249b520a530d541dc04bb15ea03"),
    ]

    @Test(arguments: vectors)
    func reproducesAppFlowVector(_ vector: Vector) throws {
        let signed = try SigV4.sign(
            Vectors.appFlowRequest(vector.url, body: vector.body),
            credentials: Vectors.credentials(token: vector.token),
            region: vector.region, service: "appflow", date: Vectors.date)
        let scope = "20150830/\(vector.region)/appflow/aws4_request"
        let signedHeaders =
            vector.token == nil
            ? "content-type;host;x-amz-date" : "content-type;host;x-amz-date;x-amz-security-token"
        #expect(signed.signature == vector.signature)
        #expect(signed.credentialScope == scope)
        #expect(signed.signedHeaders == signedHeaders)
        if let hash = vector.canonicalRequestHash {
            #expect(signed.canonicalRequestHash == hash)
        }
        #expect(
            signed.stringToSign == "AWS4-HMAC-SHA256\n20150830T123600Z\n\(scope)\n\(signed.canonicalRequestHash)")
        #expect(
            signed.request.header("Authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\(scope), SignedHeaders=\(signedHeaders), Signature=\(vector.signature)"
        )
        #expect(signed.request.header("X-Amz-Date") == "20150830T123600Z")
        #expect(signed.request.header("X-Amz-Security-Token") == vector.token)
        #expect(signed.request.body == Array(vector.body.utf8))
    }

    @Test func v1CanonicalRequestIsExact() throws {
        let signed = try SigV4.sign(
            Vectors.appFlowRequest(Self.describeConnectors, body: "{}"), credentials: Vectors.credentials(),
            region: "us-east-1", service: "appflow", date: Vectors.date)
        #expect(
            signed.canonicalRequest == """
                POST
                /describe-connectors

                content-type:application/json
                host:appflow.us-east-1.amazonaws.com
                x-amz-date:20150830T123600Z

                content-type;host;x-amz-date
                44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a
                """)
        #expect(
            signed.stringToSign == """
                AWS4-HMAC-SHA256
                20150830T123600Z
                20150830/us-east-1/appflow/aws4_request
                d4ab5cf5c1655c87a66267e51cadd1f12c5bbf02358f9f2f2ce4f9d6970bde52
                """)
    }

    @Test func v1KeyChain() {
        let key = SigningKey(
            secretAccessKey: Secret(Vectors.secretAccessKey), dateStamp: "20150830", region: "us-east-1",
            service: "appflow")
        #expect(Hex.encode(key.kDate) == "0138c7a6cbd60aa727b2f653a522567439dfb9f3e72b21f9b25941a42f04a7cd")
        #expect(Hex.encode(key.kRegion) == "f33d5808504bf34812e5fade63308b424b244c59189be2a591dd2282c7cb563f")
        #expect(Hex.encode(key.kService) == "34415e5668a0ddc6e6baf46b573d21d727a09c0d1dee8edc75a35a7df6a84e3f")
        #expect(Hex.encode(key.kSigning) == "7e8d1aac35a1a4b1afb41a0c928da31a5a1ccdc9273e4194a3177f7715fdf880")
    }

    @Test func v2CanonicalRequestCarriesTheTokenAndBodyHash() throws {
        let vector = try #require(Self.vectors.first { $0.id == "V2" })
        let signed = try SigV4.sign(
            Vectors.appFlowRequest(vector.url, body: vector.body),
            credentials: Vectors.credentials(token: Vectors.tokenT),
            region: "us-east-1", service: "appflow", date: Vectors.date)
        let lines = signed.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[6] == "x-amz-security-token:\(Vectors.tokenT)")
        #expect(lines.last == "8a72d741348108258faf0c617b3544ed461d9ccd0f3150a86f58a1ff71499e94")
    }

    @Test func v7SignsTheHostWithItsPort() throws {
        let signed = try SigV4.sign(
            Vectors.appFlowRequest("http://localhost:4566/describe-connectors", body: "{}"),
            credentials: Vectors.credentials(), region: "us-east-1", service: "appflow", date: Vectors.date)
        #expect(signed.canonicalRequest.contains("\nhost:localhost:4566\n"))
    }

    @Test func dropsTheDefaultPortFromHost() throws {
        let explicit = try SigV4.sign(
            Vectors.appFlowRequest("https://appflow.us-east-1.amazonaws.com:443/describe-connectors", body: "{}"),
            credentials: Vectors.credentials(), region: "us-east-1", service: "appflow", date: Vectors.date)
        #expect(explicit.signature == "a6aabdb384a6f9a1c0ff6d26ed44dd5d2875e6e0c1cdb288bf740643f2fed395")
    }

    // MARK: AWS SigV4 test suite (get-vanilla, post-vanilla, post-sts-header-before)

    static func classic(_ method: String, headers: [(name: String, value: String)] = []) -> HTTPRequest {
        HTTPRequest(
            method: method, url: "https://example.amazonaws.com/",
            headers: [(name: "Host", value: "example.amazonaws.com"), (name: "X-Amz-Date", value: "20150830T123600Z")]
                + headers)
    }

    static let classicSelections: [SignedHeaderSelection] = [
        .allPresent, .only(["host", "x-amz-date", "x-amz-security-token"]),
    ]

    @Test(arguments: classicSelections)
    func getVanilla(_ selection: SignedHeaderSelection) throws {
        let signed = try SigV4.sign(
            Self.classic("GET"), credentials: Vectors.credentials(), region: "us-east-1", service: "service",
            date: Vectors.date, signing: selection)
        #expect(signed.signedHeaders == "host;x-amz-date")
        #expect(signed.canonicalRequestHash == "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
        #expect(signed.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
    }

    @Test(arguments: classicSelections)
    func postVanilla(_ selection: SignedHeaderSelection) throws {
        let signed = try SigV4.sign(
            Self.classic("POST"), credentials: Vectors.credentials(), region: "us-east-1", service: "service",
            date: Vectors.date, signing: selection)
        #expect(signed.signedHeaders == "host;x-amz-date")
        #expect(signed.canonicalRequestHash == "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87")
        #expect(signed.signature == "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")
    }

    @Test(arguments: classicSelections)
    func postSTSHeaderBefore(_ selection: SignedHeaderSelection) throws {
        let request = Self.classic("POST", headers: [(name: "X-Amz-Security-Token", value: Vectors.tokenT)])
        let signed = try SigV4.sign(
            request, credentials: Vectors.credentials(), region: "us-east-1", service: "service", date: Vectors.date,
            signing: selection)
        #expect(signed.signedHeaders == "host;x-amz-date;x-amz-security-token")
        #expect(signed.signature == "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead")
    }

    @Test func postSTSHeaderBeforeAlsoWithTheTokenInTheCredentials() throws {
        let signed = try SigV4.sign(
            Self.classic("POST"), credentials: Vectors.credentials(token: Vectors.tokenT), region: "us-east-1",
            service: "service", date: Vectors.date, signing: .allPresent)
        #expect(signed.signature == "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead")
    }

    // MARK: Header handling (AppFlow requests sign content-type, host, x-amz-date and, with a
    // session token, x-amz-security-token; no other header)

    @Test func leavesOtherHeadersUnsignedForAppFlow() throws {
        var request = Vectors.appFlowRequest(Self.describeConnectors, body: "{}")
        request.headers += [
            (name: "User-Agent", value: "afq/1.0"), (name: "Accept", value: "application/json"),
            (name: "Content-Length", value: "2"),
        ]
        let signed = try SigV4.sign(
            request, credentials: Vectors.credentials(), region: "us-east-1", service: "appflow", date: Vectors.date)
        #expect(signed.signature == "a6aabdb384a6f9a1c0ff6d26ed44dd5d2875e6e0c1cdb288bf740643f2fed395")
        #expect(signed.request.header("User-Agent") == "afq/1.0")
        #expect(signed.request.header("Accept") == "application/json")
    }

    @Test func replacesStaleSigningHeaders() throws {
        var request = Vectors.appFlowRequest(Self.describeConnectors, body: "{}")
        request.headers += [
            (name: "x-amz-date", value: "19990101T000000Z"), (name: "authorization", value: "old"),
            (name: "X-Amz-Security-Token", value: "old-token"),
        ]
        let signed = try SigV4.sign(
            request, credentials: Vectors.credentials(token: "FAKESESSIONTOKEN"), region: "us-east-1",
            service: "appflow",
            date: Vectors.date)
        #expect(signed.signature == "2ab39d4ddc846354aa3f989e7ec97db5a56088a2b3a382dd12cb340149daed73")
        let names = signed.request.headers.map { $0.name.lowercased() }
        #expect(names == ["content-type", "x-amz-date", "x-amz-security-token", "authorization"])
    }

    @Test func doesNotAddAHostHeader() throws {
        let signed = try SigV4.sign(
            Vectors.appFlowRequest(Self.describeConnectors, body: "{}"), credentials: Vectors.credentials(),
            region: "us-east-1", service: "appflow", date: Vectors.date)
        #expect(signed.request.header("Host") == nil)
    }

    @Test func normalizesHeaderValues() {
        #expect(CanonicalRequest.normalize("  a   b \t c  ") == "a b c")
    }

    @Test func encodesPathSegmentsAgain() {
        #expect(CanonicalRequest.canonicalURI("") == "/")
        #expect(CanonicalRequest.canonicalURI("/describe-connectors") == "/describe-connectors")
        #expect(CanonicalRequest.canonicalURI("/a b/c%20d/ü") == "/a%20b/c%2520d/%C3%BC")
        #expect(CanonicalRequest.canonicalURI("/a/~_.-/") == "/a/~_.-/")
    }

    @Test func sortsAndEncodesTheQuery() {
        #expect(CanonicalRequest.canonicalQuery(nil) == "")
        #expect(CanonicalRequest.canonicalQuery("b=2&a=1&a=0&c") == "a=0&a=1&b=2&c=")
        #expect(CanonicalRequest.canonicalQuery("k=a%20b+c&x=%2F") == "k=a%20b%2Bc&x=%2F")
    }

    @Test func rejectsAURLWithoutHost() {
        #expect(throws: SigningError.invalidURL("/describe-connectors")) {
            try SigV4.sign(
                Vectors.appFlowRequest("/describe-connectors", body: "{}"), credentials: Vectors.credentials(),
                region: "us-east-1", service: "appflow", date: Vectors.date)
        }
    }
}
