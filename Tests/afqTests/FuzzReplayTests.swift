import AFQTestSupport
import Foundation
import Testing

/// The fuzz targets' properties (docs/reliability.md, "Fuzzing") hold for their seed corpora and
/// for every input a fuzzing campaign found a failure with (`FuzzRegressions/<target>/`), replayed
/// through `afq-fuzz` built plainly, without libFuzzer.
@Suite struct FuzzReplayTests {
    static let root = BinaryRunner.packageRoot

    static func files(under folder: String, endingWith suffixes: [String]) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { path in suffixes.isEmpty || suffixes.contains { path.hasSuffix($0) } }
            .map { base.appendingPathComponent($0).path }
            .filter { !FileManager.default.isDirectory($0) }
            .sorted()
    }

    /// The seeds `scripts/fuzz.sh` starts each campaign from, and the regressions.
    static func inputs(_ target: String, in folder: URL) throws -> [String] {
        var inputs: [String] = []
        switch target {
        case "query":
            inputs =
                files(under: "Tests/afqTests/Cases", endingWith: [".afq"])
                + files(under: "examples", endingWith: [".afq"])
        case "render":
            inputs = files(under: "examples/data", endingWith: [".json"])
        case "regex":
            // Each line is a pattern, a tab and a text, made into the pattern, a NUL and the text, as
            // in scripts/fuzz.sh.
            let seeds = try String(
                contentsOf: root.appendingPathComponent("Tests/afqTests/FuzzSeeds/regex.txt"), encoding: .utf8)
            for (index, line) in seeds.split(separator: "\n").enumerated() {
                let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                let seeded = folder.appendingPathComponent("seed-\(index + 1)")
                try (Data(parts[0].utf8) + Data([0]) + Data(parts.dropFirst().joined().utf8)).write(to: seeded)
                inputs.append(seeded.path)
            }
        default:
            // The first byte picks JSON Lines (even) or a document (odd), as in scripts/fuzz.sh.
            for path in files(under: "examples/data", endingWith: [".json", ".jsonl"]) {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                let seeded = folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
                try (Data([path.hasSuffix(".jsonl") ? 0 : 1]) + data).write(to: seeded)
                inputs.append(seeded.path)
            }
        }
        return inputs + files(under: "Tests/afqTests/FuzzRegressions/\(target)", endingWith: [])
    }

    @Test(arguments: ["json", "query", "render", "regex"])
    func seedsAndRegressionsKeepEveryProperty(_ target: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.inputs(target, in: folder.url)
        #expect(inputs.count >= 5, "too few inputs for \(target): the replay would prove nothing")
        let result = try BinaryRunner.run(
            inputs, environment: ["AFQ_FUZZ_TARGET": target], program: BinaryRunner.builtExecutable("afq-fuzz"))
        #expect(result.status == 0, "\(result.stderr)")
    }
}

extension FileManager {
    fileprivate func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
