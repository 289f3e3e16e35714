import AFQTestSupport
import Foundation
import Testing

/// The golden suite: each `Cases/<area>/<name>.afq` runs through the real binary as a query file.
/// Header comments set the command line and standard input:
///
///     # args: --data examples/data/connectors.jsonl -o csv
///     # stdin: examples/data/connectors.jsonl
///     # env: AFQ_NOW=2026-01-01T00:00:00Z
///
/// `<name>.out` holds the expected standard output; `<name>.err` the expected standard error
/// followed by `exit: N`, present whenever the run fails or writes to standard error.
/// `AFQ_RECORD=1 swift test --filter GoldenCaseTests` re-records both.
@Suite struct GoldenCaseTests {
    static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Cases")

    /// Every `.afq` file under Cases/, as a path relative to it, sorted; throws when Cases/
    /// cannot be read.
    static func findCases() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: casesDirectory.path).filter { $0.hasSuffix(".afq") }
            .sorted()
    }

    /// A parameterized test given no arguments passes without running anything, so the cases must
    /// be found here: well over a hundred of them (183 when this was written), each with its
    /// expected output (a case that printed nothing and had no files would pass whatever it did).
    @Test func findsTheCases() throws {
        let cases = try Self.findCases()
        #expect(cases.count >= 150, "found \(cases.count) golden cases in \(Self.casesDirectory.path)")
        let manager = FileManager.default
        let withoutExpected = cases.filter { name in
            let base = Self.casesDirectory.appendingPathComponent(name).deletingPathExtension()
            return !manager.fileExists(atPath: base.appendingPathExtension("out").path)
                && !manager.fileExists(atPath: base.appendingPathExtension("err").path)
        }
        #expect(withoutExpected.isEmpty, "cases with neither a .out nor a .err file: \(withoutExpected)")
    }

    @Test(arguments: try findCases())
    func matchesExpectedOutput(_ name: String) throws {
        let file = GoldenCaseTests.casesDirectory.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        var arguments: [String] = []
        var stdin = Data()
        var environment: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("args:") {
                arguments += BinaryRunner.shellWords(String(body.dropFirst(5)))
            } else if body.hasPrefix("stdin:") {
                let path = body.dropFirst(6).trimmingCharacters(in: .whitespaces)
                stdin = try Data(contentsOf: BinaryRunner.packageRoot.appendingPathComponent(path))
            } else if body.hasPrefix("env:") {
                for word in BinaryRunner.shellWords(String(body.dropFirst(4))) {
                    guard let equals = word.firstIndex(of: "=") else { continue }
                    environment[String(word[..<equals])] = String(word[word.index(after: equals)...])
                }
            }
        }
        let relative = "Tests/afqTests/Cases/" + name
        let result = try BinaryRunner.run(arguments + ["-f", relative], stdin: stdin, environment: environment)
        let base = file.deletingPathExtension()
        if let problem = Golden.compare(result.stdout, with: base.appendingPathExtension("out")) {
            Issue.record(Comment(rawValue: problem))
        }
        let errorText = result.status == 0 && result.stderr.isEmpty ? "" : result.stderr + "exit: \(result.status)\n"
        if let problem = Golden.compare(errorText, with: base.appendingPathExtension("err")) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
