import Testing

@testable import AWSSigV4

struct INIFileTests {
    static func parse(_ text: String) throws -> INIFile {
        try INIFile.parse(text, path: "/tmp/config")
    }

    @Test func readsSectionsSettingsAndComments() throws {
        let file = try Self.parse(
            """
            # a comment
            ; another
            [default]
            region = us-east-1
            Output: json

              [profile dev]   # trailing text after the header is ignored
            aws_access_key_id=AKID
            credential_process = /bin/echo "a # b" ; c
            """)
        #expect(file.sections.map(\.name) == ["default", "profile dev"])
        #expect(file.section("default")?.properties == ["region": .value("us-east-1"), "output": .value("json")])
        #expect(file.section("profile dev")?.properties["aws_access_key_id"] == .value("AKID"))
        #expect(file.section("profile dev")?.properties["credential_process"] == .value(#"/bin/echo "a # b" ; c"#))
    }

    @Test func readsNestedServiceSettings() throws {
        let file = try Self.parse(
            """
            [services local]
            appflow =
              endpoint_url = http://localhost:4566
              other = x
            s3 =
                endpoint_url = http://localhost:9000
            """)
        #expect(
            file.section("services local")?.properties == [
                "appflow": .subsection(["endpoint_url": "http://localhost:4566", "other": "x"]),
                "s3": .subsection(["endpoint_url": "http://localhost:9000"]),
            ])
    }

    @Test func joinsContinuationLinesOfAValue() throws {
        let file = try Self.parse("[a]\nkey = first\n  second\nnext = 1\n")
        #expect(file.section("a")?.properties["key"] == .value("first\nsecond"))
        #expect(file.section("a")?.properties["next"] == .value("1"))
    }

    @Test func mergesRepeatedSectionsLastValueWins() throws {
        let file = try Self.parse("[a]\nx = 1\ny = 1\n[b]\n[a]\nx = 2\n")
        #expect(file.sections.map(\.name) == ["a", "b"])
        #expect(file.section("a")?.properties == ["x": .value("2"), "y": .value("1")])
    }

    @Test func indentedHeadersAreHeaders() throws {
        let file = try Self.parse("[a]\nx = 1\n  [b]\ny = 2\n")
        #expect(file.section("a")?.properties == ["x": .value("1")])
        #expect(file.section("b")?.properties == ["y": .value("2")])
    }

    @Test func acceptsCRLFAndAByteOrderMark() throws {
        let file = try Self.parse("\u{FEFF}[a]\r\nx = 1\r\n")
        #expect(file.section("a")?.properties == ["x": .value("1")])
    }

    @Test func rejectsSettingsBeforeASection() {
        #expect(
            throws: ConfigurationError.malformedFile(
                path: "/tmp/config", line: 2, problem: "settings must follow a section header such as [default]")
        ) { try Self.parse("# x\nregion = us-east-1\n") }
    }

    @Test func rejectsALineWithoutEqualsAndDoesNotQuoteIt() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try Self.parse("[default]\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n")
        }
        #expect(
            error.description
                == "/tmp/config line 2: expected 'name = value', a [section] header or a comment; fix or remove the line"
        )
    }

    @Test func rejectsANestedLineWithoutEquals() {
        #expect(throws: ConfigurationError.self) { try Self.parse("[services x]\nappflow =\n  endpoint_url\n") }
    }
}
