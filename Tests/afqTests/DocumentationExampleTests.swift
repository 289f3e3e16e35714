import AFQTestSupport
import Foundation
import Testing

/// Every `$ afq …` example in README.md and docs/*.md runs, and prints what the page shows.
///
/// An example is a fenced `console` block: a line `$ afq ARGS` followed by the expected output,
/// up to the next `$ ` line or the end of the block. Leading `NAME=VALUE` words set environment
/// variables, as a shell reads them (`$ AFQ_NOW=2026-01-01T00:00:00Z afq -c …`).
@Suite struct DocumentationExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let page: String
        let line: Int
        let command: String
        let expected: String
        var testDescription: String { "\(page):\(line) \(command)" }
    }

    /// The examples of README.md and docs/*.md, in page order; throws when a page or docs/
    /// cannot be read.
    static func findExamples() throws -> [Example] {
        let root = BinaryRunner.packageRoot
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
        let pages = ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        var result: [Example] = []
        for page in pages {
            let text = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            var inConsole = false
            var command: (String, Int)? = nil
            var output: [String] = []
            func flush() {
                if let (c, l) = command {
                    result.append(Example(page: page, line: l, command: c, expected: output.map { $0 + "\n" }.joined()))
                }
                command = nil
                output = []
            }
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.hasPrefix("```") {
                    if inConsole { flush() }
                    inConsole = line == "```console"
                    continue
                }
                guard inConsole else { continue }
                if line.hasPrefix("$ ") {
                    flush()
                    command = (String(line.dropFirst(2)), i + 1)
                } else if command != nil {
                    output.append(String(line))
                }
            }
        }
        return result
    }

    /// A parameterized test given no arguments passes without running anything, so the examples
    /// must be found here: 25 when this was written, on the README and on docs/language.md (which
    /// promises that every example on it is run).
    @Test func findsTheExamples() throws {
        let examples = try Self.findExamples()
        #expect(examples.count >= 20, "found \(examples.count) examples")
        for page in ["README.md", "docs/language.md"] {
            #expect(examples.contains { $0.page == page }, "no `$ afq` example found on \(page)")
        }
    }

    @Test(arguments: try findExamples())
    func printsWhatThePageShows(_ example: Example) throws {
        var words = BinaryRunner.shellWords(example.command)
        var stdin = Data()
        // `< FILE` feeds a file to standard input, as in the pages' shell examples.
        if let redirect = words.firstIndex(of: "<"), redirect + 1 < words.count {
            stdin = try Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent(words[redirect + 1]))
            words.removeSubrange(redirect...(redirect + 1))
        }
        var environment: [String: String] = [:]
        while let first = words.first, first != "afq", let equals = first.firstIndex(of: "=") {
            environment[String(first[..<equals])] = String(first[first.index(after: equals)...])
            words.removeFirst()
        }
        #expect(words.first == "afq", "examples must run afq")
        let result = try BinaryRunner.run(Array(words.dropFirst()), stdin: stdin, environment: environment)
        // Pages show standard error too when an example demonstrates a failure.
        let shown = result.stdout + result.stderr
        #expect(shown == example.expected, "\(example.page):\(example.line): `\(example.command)`")
    }
}
