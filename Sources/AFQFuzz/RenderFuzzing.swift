import AFQQuery
import AFQRender
import AFQSources

/// Any JSON value renders in every format; json and jsonl read back to text that renders the
/// same (numbers and key order kept), and every csv record has as many fields as the header.
enum RenderFuzzing {
    static func check(_ bytes: [UInt8]) {
        guard let value = try? JSONReader.parse(bytes) else { return }
        let values = value.listValue ?? [value]
        for format in OutputFormat.allCases {
            _ = Renderer.render(values, as: format, options: RenderOptions(terminalWidth: 80))
        }
        let jsonl = Renderer.render(values, as: .jsonl, options: RenderOptions())
        let lines = jsonl.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.count == values.count else {
            fatalError("jsonl wrote \(lines.count) lines for \(values.count) values")
        }
        for line in lines {
            guard let back = try? JSONReader.parse(String(line)) else {
                fatalError("jsonl line does not read back: \(line)")
            }
            guard JSONText.compact(back) == String(line) else {
                fatalError("jsonl line changes when read back: \(line)")
            }
        }
        let json = Renderer.render(values, as: .json, options: RenderOptions())
        guard let back = try? JSONReader.parse(json), JSONText.lines(back.listValue ?? []) == jsonl else {
            fatalError("json does not read back to the same values")
        }
        let csv = Renderer.render(values, as: .csv, options: RenderOptions())
        guard let records = CSVRecords.parse(csv) else { fatalError("csv does not parse: \(csv)") }
        guard let header = records.first, records.allSatisfy({ $0.count == header.count }) else {
            if records.isEmpty && values.isEmpty { return }
            fatalError("csv records of different lengths: \(csv)")
        }
        guard records.count == values.count + 1 else {
            fatalError("csv wrote \(records.count - 1) records for \(values.count) values")
        }
    }
}
