import AFQTestSupport
import Foundation
import Testing

/// Every report in examples/*.afq runs on the bundled sample and prints its `.out` file.
@Suite struct ExampleQueryTests {
    static let folder = BinaryRunner.packageRoot.appendingPathComponent("examples")

    /// The names of examples/*.afq, sorted; throws when examples/ cannot be read.
    static func findReports() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".afq") }.sorted()
    }

    /// A parameterized test given no arguments passes without running anything, so the reports
    /// must be found here (5 when this was written), each with the `.out` file it must print.
    @Test func findsTheReports() throws {
        let reports = try Self.findReports()
        #expect(reports.count >= 4, "found \(reports.count) reports in \(Self.folder.path)")
        let withoutOutput = reports.filter {
            !FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent($0.dropLast(4) + ".out").path)
        }
        #expect(withoutOutput.isEmpty, "reports without a .out file: \(withoutOutput)")
    }

    @Test(arguments: try findReports())
    func printsTheRecordedReport(_ name: String) throws {
        let result = try BinaryRunner.run(["examples/" + name])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = BinaryRunner.packageRoot.appendingPathComponent("examples/" + name.dropLast(4) + ".out")
        if let problem = Golden.compare(result.stdout, with: expected) { Issue.record(Comment(rawValue: problem)) }
    }
}
