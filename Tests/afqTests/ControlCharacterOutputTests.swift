import AFQTestSupport
import Foundation
import Testing

/// Every format writes every character it is given, through the real binary's standard output:
/// a value holding each control character (U+0000 to U+001F and U+007F) with non-ASCII text
/// around it, and a last row after them all, must come back whole (docs/reliability.md,
/// "Control characters in values"). A NUL once ended CSV and TSV output, exit 0.
@Suite struct ControlCharacterOutputTests {
    static let codes: [UInt32] = Array(0x00...0x1F) + [0x7F]

    /// `K00` … `K7F`, then `END`: each value is `a`, the control character, `b é日本😀`.
    static let rows: [(key: String, value: String)] =
        codes.map { code in
            let hex = String(code, radix: 16, uppercase: true)
            let scalar = Unicode.Scalar(code).map(String.init) ?? ""
            return ("K" + (hex.count < 2 ? "0" + hex : hex), "a" + scalar + "b é日本😀")
        } + [("END", "last row")]

    /// The rows as a DescribeConnectors response, control characters written as JSON escapes.
    static var data: String {
        let entries = rows.map { row -> String in
            var escaped = ""
            for scalar in row.value.unicodeScalars {
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
            return "\"\(row.key)\": {\"connectorLabel\": \"\(escaped)\"}"
        }
        return "{\"connectorConfigurations\": {" + entries.joined(separator: ",\n") + "}}\n"
    }

    static let query = "connectors | select connectorType as k, connectorLabel as v"

    private func run(_ format: String) throws -> String {
        let folder = try TemporaryFolder()
        let path = try folder.write("controls.json", Self.data)
        let result = try BinaryRunner.run(["--data", path, "-o", format, "-c", Self.query])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        return result.stdout
    }

    private func expectAllValues(_ values: [String], in format: String) {
        #expect(values == Self.rows.map(\.value), "values read back from \(format)")
    }

    @Test func jsonKeepsEveryCharacter() throws {
        let output = try run("json")
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: String]])
        expectAllValues(parsed.compactMap { $0["v"] }, in: "json")
    }

    @Test func jsonLinesKeepEveryCharacter() throws {
        let output = try run("jsonl")
        let lines = output.split(separator: "\n")
        let values = try lines.map { line -> String in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            return try #require(object["v"])
        }
        expectAllValues(values, in: "jsonl")
    }

    @Test(arguments: [("csv", ","), ("tsv", "\t")])
    func delimitedTextKeepsEveryCharacter(format: String, separator: String) throws {
        let output = try run(format)
        let records =
            format == "tsv" ? Self.parseTSV(output) : Self.parseDelimited(output, separator: Character(separator))
        #expect(records.first == ["k", "v"])
        #expect(records.dropFirst().map { $0.first ?? "" } == Self.rows.map(\.key))
        expectAllValues(records.dropFirst().map { $0.count > 1 ? $0[1] : "" }, in: format)
    }

    @Test func yamlKeepsEveryCharacter() throws {
        let output = try run("yaml")
        let values = output.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  v: ") else { return nil }
            let scalar = line.dropFirst(5)
            return scalar.hasPrefix("\"") ? Self.decodeYAMLDoubleQuoted(scalar) : String(scalar)
        }
        expectAllValues(values, in: "yaml")
    }

    /// Table and Markdown show control characters escaped: each value's shown form is there.
    @Test(arguments: ["table", "markdown"])
    func tablesShowEveryValue(format: String) throws {
        let output = try run(format)
        for (code, row) in zip(Self.codes, Self.rows) {
            let shown: String
            switch code {
            case 0x0A: shown = format == "markdown" ? "<br>" : "\\n"
            case 0x0D: shown = format == "markdown" ? "<br>" : "\\r"
            case 0x09: shown = "\\t"
            default:
                let hex = String(code, radix: 16)
                shown = "\\x" + (hex.count < 2 ? "0" + hex : hex)
            }
            #expect(output.contains("a" + shown + "b é日本😀"), "\(row.key) in \(format)")
            #expect(output.unicodeScalars.allSatisfy { $0 == "\n" || $0.value >= 0x20 && $0.value != 0x7F })
        }
        #expect(output.contains("last row"))
    }

    /// RFC 4180 records: quoted fields may hold anything, `""` is a quote.
    static func parseDelimited(_ text: String, separator: Character) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var characters = Array(text.unicodeScalars).map(Character.init)[...]
        while let c = characters.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == separator {
                record.append(field)
                field = ""
            } else if c == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(c)
            }
        }
        return records
    }

    /// PostgreSQL's text format: fields split at tabs, records at line feeds, and `\\`, `\t`,
    /// `\n`, `\r` decoded.
    static func parseTSV(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
                var out = String.UnicodeScalarView()
                var scalars = field.unicodeScalars[...]
                while let scalar = scalars.popFirst() {
                    guard scalar == "\\", let letter = scalars.popFirst() else {
                        out.append(scalar)
                        continue
                    }
                    let decoded: [Unicode.Scalar: Unicode.Scalar] = ["t": "\t", "n": "\n", "r": "\r", "\\": "\\"]
                    out.append(decoded[letter] ?? letter)
                }
                return String(out)
            }
        }
    }

    /// The escapes afq's YAML writes in a double-quoted scalar.
    static func decodeYAMLDoubleQuoted(_ quoted: Substring) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(quoted.unicodeScalars.dropFirst().dropLast())[...]
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
            "r": "\r", "e": "\u{1B}", "N": "\u{85}", "L": "\u{2028}", "P": "\u{2029}", "\"": "\"", "\\": "\\",
        ]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let letter = scalars.popFirst() else {
                out.append(scalar)
                continue
            }
            if let plain = simple[letter] {
                out.append(plain)
            } else if letter == "x" || letter == "u" {
                let digits = letter == "x" ? 2 : 4
                let hex = String(String.UnicodeScalarView(scalars.prefix(digits)))
                scalars.removeFirst(min(digits, scalars.count))
                if let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) { out.append(decoded) }
            }
        }
        return String(out)
    }
}
