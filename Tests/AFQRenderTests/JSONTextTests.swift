import AFQQuery
import AFQRender
import Testing

@Suite struct JSONTextTests {
    @Test func writesCompactJSONInRecordOrder() {
        let value: Value = .record(["b": 1, "a": [true, nil], "c": .record([:])])
        #expect(JSONText.compact(value) == #"{"b":1,"a":[true,null],"c":{}}"#)
    }

    @Test func writesPrettyJSONWithTwoSpaceIndent() {
        let value: Value = .record(["name": "Slack", "modes": ["A", "B"], "empty": [], "nested": .record(["x": nil])])
        #expect(
            JSONText.pretty(value) == """
                {
                  "name": "Slack",
                  "modes": [
                    "A",
                    "B"
                  ],
                  "empty": [],
                  "nested": {
                    "x": null
                  }
                }
                """)
    }

    @Test func writesIntegralNumbersWithoutDecimalPoint() {
        #expect(JSONText.compact([3, -1, 1_000_000, 0.0, -0.0, 1.5, 0.1, -2.25]) == "[3,-1,1000000,0,0,1.5,0.1,-2.25]")
        #expect(JSONText.compact(.number(9_007_199_254_740_994)) == "9007199254740994")
        #expect(JSONText.compact(.number(1e18)) == "1000000000000000000")
        #expect(JSONText.compact(.number(1e20)) == "1e+20")
    }

    @Test func writesNonFiniteNumbersAsNull() {
        #expect(JSONText.compact([.number(.nan), .number(.infinity)]) == "[null,null]")
    }

    @Test func writesTimestampsAsISO8601Strings() {
        let value: Value = [.timestamp(Fixtures.noon), .timestamp(Fixtures.noonAndAQuarter)]
        #expect(JSONText.compact(value) == #"["2023-05-04T12:00:00Z","2023-05-04T12:00:00.250Z"]"#)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let value: Value = "say \"hi\"\\ \n\t\r\u{08}\u{0C}\u{01}\u{1F}"
        #expect(JSONText.compact(value) == #""say \"hi\"\\ \n\t\r\b\f\u0001\u001f""#)
    }

    @Test func escapesBetweenRunsOfPlainAndNonASCIIText() {
        let value: Value = "日本語 plain\u{7F} \"q\" é\u{0}end"
        #expect(JSONText.compact(value) == "\"日本語 plain\u{7F} \\\"q\\\" é\\u0000end\"")
        #expect(JSONText.compact(.record(["k\"": ["a\n", "b"]])) == #"{"k\"":["a\n","b"]}"#)
    }

    @Test func writesTextLongerThanItsFirstBuffer() {
        let names = (0..<500).map { "connector \($0) \"quoted\"" }
        let expected = "[" + (0..<500).map { #""connector \#($0) \"quoted\"""# }.joined(separator: ",") + "]"
        #expect(JSONText.compact(.list(names.map(Value.string))) == expected)
        #expect(JSONText.lines(names.map(Value.string)).split(separator: "\n").count == 500)
    }

    @Test func keepsSlashesAndNonASCIIUnescaped() {
        #expect(JSONText.compact("a/b é 日本 🚀") == "\"a/b é 日本 🚀\"")
    }

    @Test func escapesKeys() {
        #expect(JSONText.compact(.record(["a\"b": 1])) == #"{"a\"b":1}"#)
    }

    @Test func rendersResultAsOnePrettyArray() {
        #expect(Fixtures.render([1, "x"], as: .json) == "[\n  1,\n  \"x\"\n]\n")
        #expect(Fixtures.render([], as: .json) == "[]\n")
    }

    @Test func rendersOneCompactValuePerLineInJSONLines() {
        let output = Fixtures.render(Fixtures.rows, as: .jsonl)
        #expect(
            output == """
                {"connectorName":"Salesforce","connectorVersion":2,"canUseAsDestination":true}
                {"connectorName":"Slack","connectorVersion":1.5,"canUseAsDestination":false}
                {"connectorName":"Zendesk","registeredAt":"2023-05-04T12:00:00.250Z"}

                """)
        #expect(Fixtures.render([3, ["a"], nil], as: .jsonl) == "3\n[\"a\"]\nnull\n")
        #expect(Fixtures.render([], as: .jsonl) == "")
    }
}
