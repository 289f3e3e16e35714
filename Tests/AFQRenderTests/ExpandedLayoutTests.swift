import AFQQuery
import AFQRender
import Testing

@Suite struct ExpandedLayoutTests {
    @Test func printsSingleRecordVertically() {
        #expect(
            Fixtures.render([Fixtures.salesforce], as: .line) == """
                connectorName             Salesforce
                connectorVersion          2
                registeredAt              2023-05-04T12:00:00Z
                supportedWriteOperations  INSERT, UPSERT
                authenticationConfig
                  isOAuth2Supported  true
                  oAuth2Defaults
                    oauthScopes  api, refresh_token
                connectorRuntimeSettings
                  - key       instanceUrl
                    dataType  String
                  - key       isSandbox
                    dataType  Boolean
                logoURL

                """)
    }

    @Test func truncatesValuesToTerminalWidth() {
        let record: Value = .record([
            "name": "Salesforce", "description": "A customer relationship management platform",
        ])
        #expect(
            Fixtures.render([record], as: .line, width: 30) == """
                name         Salesforce
                description  A customer relat…

                """)
    }

    @Test func listsItemsOnTheirOwnLinesWhenInlineListDoesNotFit() {
        let record: Value = .record(["regions": ["us-east-1", "eu-west-1", "ap-southeast-2"], "n": 1])
        #expect(Fixtures.render([record], as: .line) == "regions  us-east-1, eu-west-1, ap-southeast-2\nn        1\n")
        #expect(
            Fixtures.render([record], as: .line, width: 30) == """
                regions
                  - us-east-1
                  - eu-west-1
                  - ap-southeast-2
                n        1

                """)
    }

    @Test func printsNestedListsAndEmptyContainers() {
        let record: Value = .record([
            "matrix": [["a", "b"], [.record(["k": 1])]],
            "mixed": [1, nil, .record(["x": "y", "z": .record(["deep": true])])],
            "noList": [],
            "noRecord": .record([:]),
        ])
        #expect(
            Fixtures.render([record], as: .line) == """
                matrix
                  - [a, b]
                  - - k  1
                mixed
                  - 1
                  - null
                  - x  y
                    z
                      deep  true
                noList    []
                noRecord  {}

                """)
    }

    @Test func printsEmptyRecordAsBraces() {
        #expect(Fixtures.render([.record([:])], as: .line) == "{}\n")
    }

    @Test func printsTimestampsWithAndWithoutFraction() {
        let record: Value = .record(["at": .timestamp(Fixtures.noon), "precise": .timestamp(Fixtures.noonAndAQuarter)])
        #expect(
            Fixtures.render([record], as: .line)
                == "at       2023-05-04T12:00:00Z\nprecise  2023-05-04T12:00:00.250Z\n")
    }

    @Test func boldsKeysWithColour() {
        let output = Fixtures.render([.record(["ab": 1, "c": nil])], as: .line, width: 80, color: true)
        #expect(output == "\u{1B}[1mab\u{1B}[0m  1\n\u{1B}[1mc\u{1B}[0m\n")
    }
}
