import AFQQuery
import AFQRender
import Testing

@Suite struct YAMLEmitterTests {
    @Test func writesRecordsAsSequenceOfMappings() {
        #expect(
            Fixtures.render([Fixtures.salesforce], as: .yaml) == """
                - connectorName: Salesforce
                  connectorVersion: 2
                  registeredAt: 2023-05-04T12:00:00Z
                  supportedWriteOperations:
                    - INSERT
                    - UPSERT
                  authenticationConfig:
                    isOAuth2Supported: true
                    oAuth2Defaults:
                      oauthScopes:
                        - api
                        - refresh_token
                  connectorRuntimeSettings:
                    - key: instanceUrl
                      dataType: String
                    - key: isSandbox
                      dataType: Boolean
                  logoURL: null

                """)
    }

    @Test func writesPlainValuesAndNestedSequences() {
        let values: Value = [
            3, 1.5, "a", nil, true, ["x", ["p", "q"]], [], .record([:]), .timestamp(Fixtures.noonAndAQuarter),
        ]
        #expect(
            Fixtures.render(values.listValue ?? [], as: .yaml) == """
                - 3
                - 1.5
                - a
                - null
                - true
                - - x
                  - - p
                    - q
                - []
                - {}
                - 2023-05-04T12:00:00.250Z

                """)
    }

    @Test func writesEmptyResultAsEmptySequence() {
        #expect(Fixtures.render([], as: .yaml) == "[]\n")
    }

    @Test func writesEmptyNestedContainersInFlowStyle() {
        #expect(Fixtures.render([.record(["ops": [], "auth": .record([:])])], as: .yaml) == "- ops: []\n  auth: {}\n")
    }

    @Test(arguments: [
        "", "null", "Null", "~", "true", "False", "yes", "NO", "on", "off", "y", "3", "-1", "1.5", "1e3", "+1", ".5",
        ".inf", ".NaN", "0x1F", "2023-05-04", "2023-05-04T12:00:00Z", "12:30", " lead", "trail ", "a: b", "a #b",
        "key:", "- item", "-", "?", ": x", "[x]", "{x}", "#c", "&a", "*a", "!t", "|", ">", "'q'", "\"q\"", "%x", "@x",
        "`x`", ",x", "tab\there", "two\nlines", "<<",
    ])
    func quotesAmbiguousStrings(text: String) {
        let output = Fixtures.render([.string(text)], as: .yaml)
        #expect(output.hasPrefix("- \""), "\(text) should be quoted, got \(output)")
    }

    @Test(arguments: [
        "Salesforce", "INSERT", "a:b", "a#b", "https://example.com/x?y=1", "Zendesk Sell", "é日本", "v1.2",
        "refresh_token",
    ])
    func leavesUnambiguousStringsPlain(text: String) {
        #expect(Fixtures.render([.string(text)], as: .yaml) == "- \(text)\n")
    }

    @Test func escapesInsideDoubleQuotes() {
        #expect(
            Fixtures.render(["say \"hi\"\\\n\t\u{1B}\u{7F}\u{2028}"], as: .yaml)
                == "- \"say \\\"hi\\\"\\\\\\n\\t\\e\\x7f\\L\"\n")
    }

    @Test func quotesAmbiguousKeys() {
        #expect(
            Fixtures.render([.record(["true": 1, "a: b": 2, "": 3, "ok": 4])], as: .yaml)
                == "- \"true\": 1\n  \"a: b\": 2\n  \"\": 3\n  ok: 4\n")
    }

    @Test func writesNonFiniteNumbersInYAMLSpelling() {
        #expect(Fixtures.render([.number(.nan), .number(-.infinity)], as: .yaml) == "- .nan\n- -.inf\n")
    }
}
