import AFQQuery
import AFQRender
import Testing

@Suite struct DelimitedTextTests {
    @Test func writesHeaderFromUnionOfKeysInFirstAppearanceOrder() {
        #expect(
            Fixtures.render(Fixtures.rows, as: .csv) == """
                connectorName,connectorVersion,canUseAsDestination,registeredAt
                Salesforce,2,true,
                Slack,1.5,false,
                Zendesk,,,2023-05-04T12:00:00.250Z

                """)
    }

    /// Lists and records read as the table shows them, so a spreadsheet cell reads
    /// `INSERT, UPSERT` rather than `["INSERT","UPSERT"]`.
    @Test func writesListsAndRecordsAsTheTableShowsThem() {
        let row: Value = .record([
            "ops": ["INSERT", "UPSERT"], "auth": .record(["oauth": true]), "at": .timestamp(Fixtures.noon),
            "none": [],
        ])
        #expect(
            Fixtures.render([row], as: .csv) == """
                ops,auth,at,none
                "INSERT, UPSERT",{oauth: true},2023-05-04T12:00:00Z,[]

                """)
        #expect(
            Fixtures.render([row], as: .tsv) == """
                ops\tauth\tat\tnone
                INSERT, UPSERT\t{oauth: true}\t2023-05-04T12:00:00Z\t[]

                """)
    }

    @Test func quotesCSVFieldsOnlyWhenNeeded() {
        let cells: [Value] = [
            "plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " lead", "trail ", "", nil, "é,日本",
        ]
        let row = Record(cells.enumerated().map { ("c\($0.offset)", $0.element) })
        let output = Fixtures.render([.record(row)], as: .csv)
        let expected =
            "c0,c1,c2,c3,c4,c5,c6,c7,c8,c9\n"
            + "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" lead\",\"trail \",\"\",,\"é,日本\"\n"
        #expect(output == expected)
    }

    @Test func quotesCSVHeaderNamesLikeCells() {
        #expect(Fixtures.render([.record(["a,b": 1, "c": 2])], as: .csv) == "\"a,b\",c\n1,2\n")
    }

    /// PostgreSQL's text format: never quoted, so `cut -f` splits only at separators; a
    /// backslash, tab, line feed and carriage return are escaped.
    @Test func escapesTSVFieldsWithBackslashesInsteadOfQuoting() {
        let row: Value = .record([
            "a": "x\ty", "b": "one\ntwo", "c": "C:\\temp", "d": nil, "e": "\"q\", ok", "f": "cr\rlf", "g": "",
        ])
        #expect(
            Fixtures.render([row], as: .tsv)
                == "a\tb\tc\td\te\tf\tg\nx\\ty\tone\\ntwo\tC:\\\\temp\t\t\"q\", ok\tcr\\rlf\t\n")
        #expect(Fixtures.render([.record(["tab\there": 1])], as: .tsv) == "tab\\there\n1\n")
    }

    @Test func putsPlainValuesInValueColumn() {
        #expect(Fixtures.render([3, "Slack", nil, true], as: .csv) == "value\n3\nSlack\n\ntrue\n")
        #expect(Fixtures.render([["INSERT", "UPSERT"]], as: .tsv) == "value\nINSERT, UPSERT\n")
    }

    @Test func putsPlainValuesAmongRecordsInValueColumn() {
        let values: [Value] = [.record(["name": "Slack"]), 42, .record(["name": "Zendesk", "value": 7])]
        #expect(Fixtures.render(values, as: .csv) == "name,value\nSlack,\n,42\nZendesk,7\n")
    }

    @Test func leavesNullsAmongRecordsAsEmptyRows() {
        #expect(Fixtures.render([.record(["a": 1]), nil], as: .csv) == "a\n1\n\n")
        #expect(Fixtures.render([nil, nil], as: .csv) == "value\n\n\n")
    }

    @Test func writesIntegralAndFractionalNumbers() {
        #expect(
            Fixtures.render([.record(["n": 1_000_000]), .record(["n": 0.1]), .record(["n": -1])], as: .csv)
                == "n\n1000000\n0.1\n-1\n")
    }

    @Test func writesNothingForEmptyResult() {
        #expect(Fixtures.render([], as: .csv) == "")
        #expect(Fixtures.render([], as: .tsv) == "")
    }
}

@Suite struct EmptyResultHeaderTests {
    @Test func writesOnlyTheHeaderWhenTheColumnsAreKnown() {
        let options = RenderOptions()
        #expect(Renderer.render([], as: .csv, options: options, columns: ["a", "b,c"]) == "a,\"b,c\"\n")
        #expect(Renderer.render([], as: .tsv, options: options, columns: ["a", "b"]) == "a\tb\n")
        #expect(Renderer.render([], as: .markdown, options: options, columns: ["a"]) == "| a |\n| --- |\n")
        #expect(Renderer.render([], as: .csv, options: options) == "")
    }

    /// A field holding a control character is written byte for byte (a NUL once ended the
    /// output): quoted in CSV; in TSV as it is, but for tab, line feed and carriage return, which
    /// are escaped.
    @Test func writesControlCharacters() {
        let rows: [Value] = [.record(["v": "a\u{0}b"]), .record(["v": "c\u{1B}d"]), .record(["v": "e\u{7F}"])]
        #expect(Fixtures.render(rows, as: .csv) == "v\n\"a\u{0}b\"\n\"c\u{1B}d\"\n\"e\u{7F}\"\n")
        #expect(Fixtures.render(rows, as: .tsv) == "v\na\u{0}b\nc\u{1B}d\ne\u{7F}\n")
        #expect(Fixtures.render([.record(["v": "x\ty", "w": 1])], as: .csv) == "v,w\n\"x\ty\",1\n")
        #expect(Fixtures.render([.record(["v": "x\ty", "w": 1])], as: .tsv) == "v\tw\nx\\ty\t1\n")
    }
}
