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

    @Test func shrinksSeveralWideColumnsAlikeKeepingHeadersWhole() {
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
                id  firstLongColumnName  second
                ──  ───────────────────  ───────────────
                 1  aaaaaaaaaaaaaaaaaa…  bbbbbbbbbbbbbb…
                 2  short

                """)
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    /// Eight columns of a connector in 80 columns: cut headers (`connec…`) and timestamps
    /// (`2023-…`) are not legible, so the rows print vertically, whole.
    @Test func printsVerticallyRatherThanCutHeadersOrTimestamps() {
        let row: Value = .record([
            "connectorLabel": "acme.postgres-lambda", "connectorType": "CustomConnector",
            "connectorOwner": "Acme Data Platform", "connectorProvisioningType": "LAMBDA",
            "canUseAsSource": true, "canUseAsDestination": true, "registeredAt": .timestamp(Fixtures.noon),
            "connectorVersion": 3,
        ])
        let output = Fixtures.render([row, row], as: .table, width: 80)
        #expect(output.hasPrefix("-[ RECORD 1 ]"))
        #expect(output.contains("connectorProvisioningType  LAMBDA\n"))
        #expect(output.contains("registeredAt               2023-05-04T12:00:00Z\n"))
        #expect(!output.contains("…"))
    }

    @Test func cutsStringsButNeverNumbersBooleansOrTimestamps() {
        let rows: [Value] = [
            .record([
                "name": .string(String(repeating: "n", count: 30)), "at": .timestamp(Fixtures.noon), "ok": true,
                "size": 123_456_789,
            ]),
            .record(["name": "x", "at": nil, "ok": false, "size": 1]),
        ]
        let output = Fixtures.render(rows, as: .table, width: 58)
        #expect(
            output == """
                name                at                    ok          size
                ──────────────────  ────────────────────  ─────  ─────────
                nnnnnnnnnnnnnnnnn…  2023-05-04T12:00:00Z  true   123456789
                x                                         false          1

                """)
    }

    /// A column the caller keeps whole (`.schema`'s field names) is never cut: the others
    /// shrink, or the rows print vertically.
    @Test func keepsWholeColumnsWhole() {
        let name = "supportedSchedulingFrequencies"
        let rows: [Value] = [
            .record(["field": .string(name), "description": .string(String(repeating: "d", count: 60))]),
            .record(["field": "x", "description": "short"]),
        ]
        let options = RenderOptions(terminalWidth: 50, wholeColumns: ["field"])
        let output = Renderer.render(rows, as: .table, options: options)
        #expect(output.contains(name + "  ddd"))
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 50 })
        #expect(!Fixtures.render(rows, as: .table, width: 50).contains(name))
        let narrow = Renderer.render(
            rows, as: .table, options: RenderOptions(terminalWidth: 30, wholeColumns: ["field"]))
        #expect(narrow.hasPrefix("-[ RECORD 1 ]"))
    }

    @Test func printsOneRecordAsAGridLikeSeveral() {
        let one: Value = .record(["connectorName": "Slack", "connectorVersion": 1.5])
        #expect(
            Fixtures.render([one], as: .table) == """
                connectorName  connectorVersion
                ─────────────  ────────────────
                Slack                       1.5

                """)
        #expect(Fixtures.render([one], as: .table, width: 80) == Fixtures.render([one], as: .table))
    }

    @Test func lineFormatPrintsRecordsVerticallyWhateverTheWidth() {
        #expect(
            Fixtures.render(Array(Fixtures.rows.prefix(2)), as: .line) == """
                -[ RECORD 1 ]------------------
                connectorName        Salesforce
                connectorVersion     2
                canUseAsDestination  true
                -[ RECORD 2 ]------------------
                connectorName        Slack
                connectorVersion     1.5
                canUseAsDestination  false

                """)
        #expect(Fixtures.render([.record(["a": 1])], as: .line, width: 80) == "a  1\n")
        #expect(Fixtures.render([3, "x"], as: .line) == "3\nx\n")
        #expect(Fixtures.render([], as: .line) == "(no rows)\n")
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
                registeredAt         2023-05-04T12:00:00.250Z

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

    @Test func usesColourOnlyInTable() {
        for format in OutputFormat.allCases where format != .table && format != .line {
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
