import AFQQuery
import AFQRender
import Testing

@Suite struct TableRendererTests {
    @Test func printsNoRowsForEmptyResult() {
        #expect(Fixtures.render([], as: .table) == "(no rows)\n")
    }

    @Test func printsSeveralRecordsAsGridWithNumbersRightAligned() {
        #expect(
            Fixtures.render(Fixtures.rows, as: .table) == """
                connectorName  connectorVersion  canUseAsDestination  registeredAt
                ─────────────  ────────────────  ───────────────────  ────────────────────────
                Salesforce                    2  true
                Slack                       1.5  false
                Zendesk                                               2023-05-04T12:00:00.250Z

                """)
    }

    @Test func printsListsCommaSeparatedAndRecordsCompactly() {
        let rows: [Value] = [
            .record([
                "name": "A", "ops": ["INSERT", "UPSERT"], "auth": .record(["oauth": true, "scopes": ["api", ""]]),
            ]),
            .record(["name": "B", "ops": [], "auth": .record(["oauth": nil, "defaults": .record([:])])]),
            .record(["name": "C", "ops": [.record(["k": 1]), ["x", "y"]], "auth": nil]),
        ]
        #expect(
            Fixtures.render(rows, as: .table) == """
                name  ops             auth
                ────  ──────────────  ────────────────────────────────
                A     INSERT, UPSERT  {oauth: true, scopes: [api, ""]}
                B     []              {oauth: null, defaults: {}}
                C     {k: 1}, [x, y]

                """)
    }

    @Test func printsPlainValuesOnePerLine() {
        let values: [Value] = [
            42, 1.5, "Slack", nil, ["INSERT", "UPSERT"], [.record(["a": 1, "b": ["x"]])], .timestamp(Fixtures.noon),
            false,
        ]
        #expect(
            Fixtures.render(values, as: .table) == """
                42
                1.5
                Slack

                INSERT, UPSERT
                {a: 1, b: [x]}
                2023-05-04T12:00:00Z
                false

                """)
    }

    @Test func printsRecordsAmongPlainValuesAsGridWithNullsAsEmptyRows() {
        let values: [Value] = [.record(["scopes": ["api"]]), nil, .record(["scopes": [], "url": "https://x"]), "odd"]
        #expect(
            Fixtures.render(values, as: .table) == """
                scopes  url        value
                ──────  ─────────  ─────
                api

                []      https://x
                                   odd

                """)
    }

    @Test func printsCountAsBareNumber() {
        #expect(Fixtures.render([3], as: .table) == "3\n")
        #expect(Fixtures.render([3], as: .table, width: 80, color: true) == "3\n")
    }

    @Test func putsPlainValuesAmongRecordsInValueColumn() {
        let values: [Value] = [.record(["name": "Slack"]), 42]
        #expect(Fixtures.render(values, as: .table) == "name   value\n─────  ─────\nSlack\n          42\n")
    }

    @Test func showsControlCharactersAsEscapes() {
        let values: [Value] = [
            .record(["a": "one\ntwo", "b": "\u{1B}[31mred"]), .record(["a": "tab\there", "b": nil]),
        ]
        #expect(
            Fixtures.render(values, as: .table) == """
                a          b
                ─────────  ───────────
                one\\ntwo   \\x1b[31mred
                tab\\there

                """)
    }

    @Test func alignsEastAsianWideCharactersByColumns() {
        let values: [Value] = [.record(["name": "日本語", "n": 1]), .record(["name": "abc", "n": 22])]
        #expect(Fixtures.render(values, as: .table) == "name     n\n──────  ──\n日本語   1\nabc     22\n")
    }

    @Test func neverTruncatesWithoutTerminal() {
        let long = String(repeating: "x", count: 300)
        let output = Fixtures.render([.record(["a": .string(long)]), .record(["a": "y"])], as: .table)
        #expect(output.contains(long))
        #expect(!output.contains("…"))
    }

    @Test func fitsTerminalWidthByShrinkingWidestColumn() {
        let rows: [Value] = [
            .record([
                "name": "Salesforce",
                "description": "Salesforce is a customer relationship management platform with many objects",
                "version": 2,
            ]),
            .record(["name": "Slack", "description": "Team chat", "version": 12]),
        ]
        let output = Fixtures.render(rows, as: .table, width: 60)
        #expect(
            output == """
                name        description                              version
                ──────────  ───────────────────────────────────────  ───────
                Salesforce  Salesforce is a customer relationship…         2
                Slack       Team chat                                     12

                """)
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func shrinksSeveralWideColumnsAlikeAndTruncatesHeaders() {
        let rows: [Value] = [
            .record([
                "id": 1, "firstLongColumnName": .string(String(repeating: "a", count: 40)),
                "second": .string(String(repeating: "b", count: 40)),
            ]),
            .record(["id": 2, "firstLongColumnName": "short", "second": nil]),
        ]
        let output = Fixtures.render(rows, as: .table, width: 40)
        #expect(
            output == """
                id  firstLongColumnN…  second
                ──  ─────────────────  ─────────────────
                 1  aaaaaaaaaaaaaaaa…  bbbbbbbbbbbbbbbb…
                 2  short

                """)
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test func fallsBackToVerticalRecordsWhenColumnsCannotFit() {
        #expect(
            Fixtures.render(Fixtures.rows, as: .table, width: 20) == """
                -[ RECORD 1 ]-------
                connectorName        Sales…
                connectorVersion     2
                canUseAsDestination  true
                -[ RECORD 2 ]-------
                connectorName        Slack
                connectorVersion     1.5
                canUseAsDestination  false
                -[ RECORD 3 ]-------
                connectorName        Zende…
                registeredAt         2023-…

                """)
    }

    @Test func fallsBackToVerticalWithPlainValuesUnderValueKey() {
        let values: [Value] = [.record(["a": 1, "b": 2, "c": 3, "d": 4]), 5]
        #expect(
            Fixtures.render(values, as: .table, width: 12) == """
                -[ RECORD 1 ]-
                a      1
                b      2
                c      3
                d      4
                -[ RECORD 2 ]-
                value  5

                """)
    }

    @Test func neverWritesTrailingWhitespace() {
        let rows: [Value] = Fixtures.rows + [.record(["connectorName": nil, "registeredAt": nil])]
        for width in [nil, 20, 60, 80] as [Int?] {
            let output = Fixtures.render(rows, as: .table, width: width)
            for line in output.split(separator: "\n") {
                #expect(!line.hasSuffix(" "), "trailing space at width \(String(describing: width)): \(line)")
            }
        }
    }

    @Test func writesNoEscapeCodesWithoutColour() {
        let results: [[Value]] = [
            [], Fixtures.rows, [Fixtures.salesforce], [Fixtures.salesforce, Fixtures.salesforce], [1, "x"],
        ]
        for values in results {
            for format in OutputFormat.allCases {
                for width in [nil, 20, 80] as [Int?] {
                    let output = Fixtures.render(values, as: format, width: width)
                    #expect(!output.contains("\u{1B}"), "\(format) at width \(String(describing: width))")
                }
            }
        }
    }

    @Test func boldsHeaderAndDimsRuleWithColour() {
        let output = Fixtures.render([.record(["a": 1]), .record(["a": 22])], as: .table, width: 80, color: true)
        #expect(output == " \u{1B}[1ma\u{1B}[0m\n\u{1B}[2m──\u{1B}[0m\n 1\n22\n")
        #expect(Fixtures.render([], as: .table, color: true) == "\u{1B}[2m(no rows)\u{1B}[0m\n")
    }

    /// `chart` is a table with bars, and styles its header and rule as `table` does.
    @Test func usesColourOnlyInTable() {
        for format in OutputFormat.allCases where format != .table && format != .chart {
            #expect(!Fixtures.render(Fixtures.rows, as: format, width: 80, color: true).contains("\u{1B}"))
        }
    }
}

@Suite struct TableRendererEdgeCaseTests {
    @Test func showsKeylessRecordsInValueColumn() {
        #expect(Fixtures.render([.record([:]), .record([:])], as: .table) == "value\n─────\n{}\n{}\n")
        #expect(Fixtures.render([.record([:]), nil], as: .csv) == "value\n{}\n\n")
    }

    @Test func survivesTinyAndNegativeWidths() {
        for width in [-5, 0, 1, 3] {
            let grid = Fixtures.render(Fixtures.rows, as: .table, width: width)
            #expect(grid.hasPrefix("-[ RECORD 1 ]-\n"))
            let single = Fixtures.render([Fixtures.salesforce], as: .table, width: width)
            #expect(single.contains("connectorName             Sales…\n"))
        }
    }
}
