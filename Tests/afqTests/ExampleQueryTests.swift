import AFQTestSupport
import Foundation
import Testing

/// Every report in examples/*.afq runs on the bundled sample and prints its `.out` file.
@Suite struct ExampleQueryTests {
    static var reports: [String] {
        let folder = BinaryRunner.packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".afq") }.sorted()
    }

    @Test(arguments: reports)
    func printsTheRecordedReport(_ name: String) throws {
        let result = try BinaryRunner.run(["examples/" + name])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = BinaryRunner.packageRoot.appendingPathComponent("examples/" + name.dropLast(4) + ".out")
        if let problem = Golden.compare(result.stdout, with: expected) { Issue.record(Comment(rawValue: problem)) }
    }
}
