import AFQQuery
import Testing

@testable import AFQSources

/// Data errors name the file, line and column, and render as the diagnostics of
/// docs/language.md, "Errors" (docs/recording.md, "What afq reads", shows one).
@Suite struct RecordedDataErrorTests {
    @Test func malformedJSONRendersWithTheLine() throws {
        let text = """
            {
              "connectorConfigurations": {
                "S3": {
                  "canUseAsSource": true
                  "canUseAsDestination": true
                }
              }
            }
            """
        let error = try #require(loadError(text, name: "examples/data/malformed.json"))
        #expect(error.kind == .malformedJSON)
        #expect(
            error.description == """
                error: malformed JSON: expected ',' or '}' after an object member
                 --> examples/data/malformed.json:5:7
                  |
                5 |       "canUseAsDestination": true
                  |       ^
                """)
    }

    @Test func gutterWidensWithTheLineNumber() throws {
        let text = String(repeating: "{\"connectorType\": \"S3\"}\n", count: 11) + "{\"connectorType\": }\n"
        let error = try #require(loadError(text, name: "big.jsonl"))
        #expect(
            error.description == """
                error: malformed JSON: expected a value
                  --> big.jsonl:12:19
                   |
                12 | {"connectorType": }
                   |                   ^
                """)
    }

    @Test func caretFollowsTabs() throws {
        let error = try #require(loadError("[\n\t\t{\"a\" 1}\n]"))
        #expect(error.description.hasSuffix("2 | \t\t{\"a\" 1}\n  | \t\t     ^"))
    }

    @Test func jsonLinesErrorNamesTheLine() throws {
        let marked = MarkedText(
            "{\"connectorType\": \"S3\"}\n{\"connectorType\": \"Slack\"‸\n{\"connectorType\": \"S3\"}\n")
        let error = try #require(loadError(marked.text, name: "rows.jsonl"))
        #expect(error.message == "malformed JSON: unexpected end of line")
        #expect(error.location?.line == marked.line)
        #expect(error.location?.column == marked.column)
    }

    @Test func emptyDocumentIsMalformed() throws {
        let error = try #require(loadError("  \n", name: "empty.json"))
        #expect(error.message == "malformed JSON: unexpected end of input")
        #expect(error.location?.line == 2)
        // An empty JSON Lines file is just no lines.
        #expect(try load("", name: "empty.jsonl").rowCount == 0)
    }

    @Test func unrecognisedValueIsLocated() throws {
        let marked = MarkedText(
            """
            [
              {"connectorType": "S3"},
              ‸{"flows": []}
            ]
            """)
        let error = try #require(loadError(marked.text))
        #expect(error.kind == .unrecognizedData)
        #expect(
            error.message
                == "unrecognized data: expected a DescribeConnectors or DescribeConnector response, a connector configuration, or a list of them"
        )
        #expect(error.location?.line == marked.line)
        #expect(error.location?.column == marked.column)
    }

    @Test func scalarsAndEmptyObjectsAreNotConnectors() {
        #expect(loadError("42")?.kind == .unrecognizedData)
        #expect(loadError("{}")?.kind == .unrecognizedData)
        #expect(loadError("[null]")?.kind == .unrecognizedData)
    }

    static let wrongTypes: [(String, String)] = [
        (
            #"{"connectorConfigurations": ‸["S3"]}"#,
            "`connectorConfigurations` must be an object mapping connector types to configurations, found a list"
        ),
        (
            #"{"connectorConfigurations": {"S3": {}, "Slack": ‸true}}"#,
            "the configuration of `Slack` must be an object, found a boolean"
        ),
        (#"{"connectorConfiguration": ‸"S3"}"#, "`connectorConfiguration` must be an object, found a string"),
        (#"{"connectors": ‸{}}"#, "`connectors` must be a list of connector summaries, found an object"),
        (#"{"connectors": [{}, ‸3]}"#, "a connector in `connectors` must be an object, found a number"),
        (
            #"{"accountId": ‸123456789012, "connectorConfigurations": {}}"#,
            "`accountId` must be a string, found a number"
        ),
        (#"{"afqRecording": 1, "region": ‸["x"], "response": {}}"#, "`region` must be a string, found a list"),
        (#"{"afqRecording": 1, "response": ‸[]}"#, "`response` must be an object, found a list"),
    ]

    @Test(arguments: wrongTypes)
    func wrongTypeIsLocated(marked: String, message: String) throws {
        let expected = MarkedText(marked)
        let error = try #require(loadError(expected.text))
        #expect(error.kind == .wrongType)
        #expect(error.message == message)
        #expect(error.location?.column == expected.column)
    }

    @Test func longLinesAreShownAsAWindow() throws {
        let filler = String(repeating: "{\"connectorType\": \"S3\"}, ", count: 20)
        let text = "[" + filler + "{\"connectorType\" \"x\"}, " + filler + "{}]"
        let error = try #require(loadError(text))
        let location = try #require(error.location)
        #expect(location.column == 1 + 1 + filler.count + 17)
        #expect(location.excerpt.hasPrefix("…"))
        #expect(location.excerpt.hasSuffix("…"))
        #expect(location.excerpt.count <= TextLocation.excerptLimit + 2)
        let shown = Array(location.excerpt)
        #expect(shown[location.excerptColumn - 1] == "\"")
        #expect(String(shown[(location.excerptColumn - 18)...].prefix(20)) == "{\"connectorType\" \"x\"")
    }

    /// A one-line file of many megabytes decodes only a window around the error; the column still
    /// counts every character before it, multi-byte ones included.
    @Test func hugeLinesAreLocatedFromAWindow() throws {
        let element = "{\"connectorType\": \"Sé😀\"}, "
        let filler = String(repeating: element, count: 100_000)
        let text = "[" + filler + "{\"connectorType\" \"x\"}, " + filler + "{}]"
        let error = try #require(loadError(text))
        let location = try #require(error.location)
        #expect(location.column == 1 + 1 + filler.count + 17)
        #expect(location.excerpt.hasPrefix("…") && location.excerpt.hasSuffix("…"))
        #expect(location.excerpt.count == TextLocation.excerptLimit + 2)
        let shown = Array(location.excerpt)
        #expect(String(shown[(location.excerptColumn - 18)...].prefix(20)) == "{\"connectorType\" \"x\"")
    }

    @Test func colouredRenderingWrapsTheParts() throws {
        let error = try #require(loadError("[1 2]"))
        let coloured = error.rendered(useColor: true)
        #expect(coloured.hasPrefix("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;31m^\u{1B}[0m"))
    }
}
