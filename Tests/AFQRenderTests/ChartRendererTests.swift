import AFQQuery
import AFQRender
import Testing

/// The `chart` format (docs/language.md, "Output"): a table whose last numeric column is also a
/// bar, scaled to the column's largest value.
@Suite struct ChartRendererTests {
    static let groups: [Value] = [
        .record(["operation": "INSERT", "count": 8]),
        .record(["operation": "UPDATE", "count": 4]),
        .record(["operation": "DELETE", "count": 1]),
        .record(["operation": "NONE", "count": 0]),
    ]

    /// Off a terminal the largest bar is 40 cells, whatever the width.
    @Test func drawsTheLastNumericColumnAsBarsOfFortyCellsOffATerminal() {
        #expect(
            Renderer.render(Self.groups, as: .chart, options: RenderOptions()) == """
                operation  count
                ─────────  ─────  ────────────────────────────────────────
                INSERT         8  ████████████████████████████████████████
                UPDATE         4  ████████████████████
                DELETE         1  █████
                NONE           0

                """)
    }

    /// On a terminal the bars take the width the other columns leave, here 30 - 18 = 12 cells.
    @Test func fitsTheTerminalWidth() {
        let text = Renderer.render(Self.groups, as: .chart, options: RenderOptions(terminalWidth: 30))
        let lines = text.split(separator: "\n")
        #expect(lines[2].hasSuffix("8  " + String(repeating: "█", count: 12)))
        #expect(lines[3].hasSuffix("4  " + String(repeating: "█", count: 6)))
        #expect(lines[4].hasSuffix("1  █▌"))
        #expect(lines.allSatisfy { $0.count <= 30 })
    }

    /// `value`'s bar beside `largest`'s 40 cells, in eighths of a cell, rounded; a positive value
    /// shows at least `▏`.
    @Test(arguments: [
        (1.0, 1.0, String(repeating: "█", count: 40)), (1.0, 2.0, String(repeating: "█", count: 20)),
        (1.0, 16.0, "██▌"), (1.0, 3.0, String(repeating: "█", count: 13) + "▍"), (1.0, 320.0, "▏"),
        (0.001, 1000.0, "▏"), (0.0, 8.0, ""), (-1.0, 8.0, ""), (-1.0, -2.0, ""),
    ])
    func drawsEighthsOfACell(value: Double, largest: Double, bar: String) {
        let rows: [Value] = [.record(["n": .number(largest)]), .record(["n": .number(value)])]
        let text = Renderer.render(rows, as: .chart, options: RenderOptions())
        let drawn = text.split(separator: "\n")[3]
        #expect(String(drawn.filter { "█▏▎▍▌▋▊▉".contains($0) }) == bar)
    }

    /// Plain numbers (after `get`) chart too; a result without a number prints as `table`.
    @Test func chartsPlainNumbersAndLeavesOtherResultsAsTables() {
        #expect(
            Renderer.render([2, 1], as: .chart, options: RenderOptions()).split(separator: "\n").last.map(String.init)
                == "    1  " + String(repeating: "█", count: 20))
        let names: [Value] = [.record(["name": "a"]), .record(["name": "b"])]
        #expect(
            Renderer.render(names, as: .chart, options: RenderOptions())
                == Renderer.render(names, as: .table, options: RenderOptions()))
        #expect(Renderer.render([], as: .chart, options: RenderOptions()) == "(no rows)\n")
    }

    /// Bars never carry colour: with colour allowed only the header and rule are styled, as in `table`.
    @Test func barsAreReadableWithoutColour() {
        let plain = Renderer.render(Self.groups, as: .chart, options: RenderOptions(terminalWidth: 60))
        #expect(!plain.contains("\u{1B}"))
        let coloured = Renderer.render(Self.groups, as: .chart, options: RenderOptions(terminalWidth: 60, color: true))
        #expect(coloured.split(separator: "\n").dropFirst(2).allSatisfy { !$0.contains("\u{1B}") })
    }
}
