import AFQQuery
import AFQTestSupport
import Testing

@testable import AFQSources

/// Lists and objects repeated from line to line are built once and then found by their bytes
/// (`ContainerMemo`): every line must still read exactly as it does alone, including containers
/// that differ from a remembered one by a single byte, or only in length.
@Suite struct ContainerMemoTests {
    static let pool: [String] = [
        #"["BETWEEN","EQUAL_TO","LESS_THAN"]"#,
        #"["BETWEEN","EQUAL_TO","LESS_THAM"]"#,
        #"["BETWEEN","EQUAL_TO","LESS_THAN","X"]"#,
        #"{"isOAuth2Supported":true,"oAuth2Defaults":{"oauthScopes":["read","write"]}}"#,
        #"{"isOAuth2Supported":false,"oAuth2Defaults":{"oauthScopes":["read","write"]}}"#,
        #"[{"name":"a\u00e9","value":1650000000.5},{"name":"b","value":null}]"#,
        #"[{"name":"a\u00e9","value":1650000000.5},{"name":"b","value":null}] "#,
    ]

    @Test func repeatedContainersReadAsEachLineAlone() throws {
        var random = SplitMix64(seed: 42)
        var lines: [String] = []
        for i in 0..<600 {
            let a = Self.pool[Int(random.next() % UInt64(Self.pool.count))]
            let b = Self.pool[Int(random.next() % UInt64(Self.pool.count))]
            lines.append(#"{"id":\#(i),"first":\#(a),"second":\#(b),"nested":{"again":\#(a)}}"#)
        }
        let text = Array(lines.joined(separator: "\n").utf8)
        let together = try JSONReader.values(in: text, layout: .lines)
        #expect(together.count == lines.count)
        for (line, value) in zip(lines, together) {
            #expect(value.isIdentical(to: try JSONReader.parse(line)), "\(line)")
        }
        // The same through a projection, whose named members are built in full.
        var index = 0
        try text.withUnsafeBytes { raw in
            try JSONReader.forEachValue(in: raw, layout: .lines, keepingTopLevelKeys: ["first", "nested"]) { value, _ in
                let alone = try JSONReader.parse(Array(lines[index].utf8), keepingTopLevelKeys: ["first", "nested"])
                #expect(value.isIdentical(to: alone), "\(lines[index])")
                index += 1
            }
        }
        #expect(index == lines.count)
    }

    @Test func aBrokenRepeatIsStillAnError() {
        let good = #"{"ops":["BETWEEN","EQUAL_TO","LESS_THAN"]}"#
        let broken = #"{"ops":["BETWEEN","EQUAL_TO" "LESS_THAN"]}"#
        let text = Array([good, good, broken].joined(separator: "\n").utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONReader.values(in: text, layout: .lines) }
    }
}
