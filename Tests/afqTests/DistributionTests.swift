import AFQTestSupport
import Foundation
import Testing

/// `make dist`, `make install` and `make uninstall` (README, "Installing"), with the binary the tests
/// run (`BINARY=`), so they need no release build: the tarball unpacked into a fresh prefix runs
/// with a PATH that does not hold the build folder, and reads its own copy of the bundled sample.
@Suite(.serialized) struct DistributionTests {
    static let makeProgram = InstalledProgram.named("make")

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("afq-dist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func make(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRunner.Result {
        let program = try #require(Self.makeProgram)
        return try BinaryRunner.run(
            ["-s"] + arguments + ["BINARY=\(BinaryRunner.executable.path)"], environment: environment,
            program: program)
    }

    /// Every regular file under `folder`, relative to it, sorted.
    private func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.append(String(url.path.dropFirst(folder.path.count + 1)))
            }
        }
        return found.sorted()
    }

    static let installedFiles = [
        "bin/afq", "share/afq/sample.json", "share/bash-completion/completions/afq", "share/doc/afq/README.md",
        "share/fish/vendor_completions.d/afq.fish", "share/man/man1/afq.1", "share/zsh/site-functions/_afq",
    ]

    @Test(.enabled(if: makeProgram != nil, "make is not installed: make dist is not tested"))
    func theTarballRunsFromAnyPrefix() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dist = try make(["dist"], environment: ["DIST_DIR": folder.appendingPathComponent("dist").path])
        #expect(dist.status == 0, "\(dist.stderr)")
        let tarball = String(dist.stdout.split(separator: "\n").last ?? "")
        #expect(tarball.hasSuffix(".tar.gz") && tarball.contains("afq-0."))
        let prefix = folder.appendingPathComponent("prefix")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        let unpacked = try BinaryRunner.run(
            ["-xzf", tarball, "-C", prefix.path, "--strip-components=1"], program: URL(fileURLWithPath: "/bin/tar"))
        #expect(unpacked.status == 0, "\(unpacked.stderr)")
        #expect(files(under: prefix) == Self.installedFiles + (hasLicence ? ["share/doc/afq/LICENSE"] : []))

        // Found by PATH, which holds the prefix and not the build folder, run from elsewhere.
        let environment = ["PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin"]
        let shell = URL(fileURLWithPath: "/bin/sh")
        let counted = try BinaryRunner.run(
            ["-c", "afq -c 'connectors | count'"], environment: environment, directory: folder, program: shell)
        #expect(counted.stdout == "30\n", "\(counted.stderr)")
        let page = try BinaryRunner.run(
            ["-c", "afq --man"], environment: environment, directory: folder, program: shell)
        #expect(
            page.stdout
                == (try String(contentsOf: prefix.appendingPathComponent("share/man/man1/afq.1"), encoding: .utf8)))

        // It reads the sample installed beside it, not the one in the build folder.
        try #"{"connectorType": "S3", "connectorName": "Installed"}"#.write(
            to: prefix.appendingPathComponent("share/afq/sample.json"), atomically: true, encoding: .utf8)
        let installed = try BinaryRunner.run(
            ["-c", "afq -c 'connectors | get connectorName'"], environment: environment, directory: folder,
            program: shell)
        #expect(installed.stdout == "Installed\n", "\(installed.stderr)")
    }

    @Test(.enabled(if: makeProgram != nil, "make is not installed: make install is not tested"))
    func uninstallRemovesExactlyWhatInstallWrote() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unrelated = folder.appendingPathComponent("opt/afq/share/man/man1/other.1")
        try FileManager.default.createDirectory(
            at: unrelated.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "other".write(to: unrelated, atomically: true, encoding: .utf8)
        let install = try make(["install", "PREFIX=/opt/afq", "DESTDIR=\(folder.path)"])
        #expect(install.status == 0, "\(install.stderr)")
        let expected = (Self.installedFiles + (hasLicence ? ["share/doc/afq/LICENSE"] : [])).map { "opt/afq/" + $0 }
        #expect(files(under: folder) == (expected + ["opt/afq/share/man/man1/other.1"]).sorted())
        let uninstall = try make(["uninstall", "PREFIX=/opt/afq", "DESTDIR=\(folder.path)"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(files(under: folder) == ["opt/afq/share/man/man1/other.1"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("opt/afq/share/afq").path))
    }

    private var hasLicence: Bool {
        FileManager.default.fileExists(atPath: BinaryRunner.packageRoot.appendingPathComponent("LICENSE").path)
    }
}
