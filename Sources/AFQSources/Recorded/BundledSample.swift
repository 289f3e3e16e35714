import Foundation

/// The realistic recording afq uses when no data is named (docs/sample.md).
public enum BundledSample {
    public static let name = "bundled sample"

    /// Where `make install` puts the sample, relative to the folder of the running executable
    /// (`PREFIX/bin/afq` reads `PREFIX/share/afq/sample.json`).
    static let installedPath = "../share/afq/sample.json"

    /// The sample's bytes: from an installation's `share/afq` when there is one beside the
    /// executable, else from the package resource SwiftPM puts beside the built executable.
    ///
    /// The installed copy is looked for first, and found by the executable's real path, so an
    /// installed afq (or a link to one) does not depend on the build folder it came from.
    public static func document() throws(DataError) -> RecordedDocument {
        let bytes: [UInt8]
        if let installed = installedSample() {
            bytes = installed
        } else if let url = Bundle.module.url(forResource: "sample", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        {
            bytes = [UInt8](data)
        } else {
            throw DataError(.unreadable, "the bundled sample is missing from this installation of afq")
        }
        return RecordedDocument(name: name, bytes: bytes, isJSONLines: false, isUserInput: false)
    }

    /// The installed copy's bytes, or nil when there is none: a regular file, so its size bounds
    /// the read.
    private static func installedSample() -> [UInt8]? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let path = executable.deletingLastPathComponent().appendingPathComponent(installedPath).standardizedFileURL.path
        guard FileSystem.isRegularFile(path) else { return nil }
        return try? FileSystem.readFile(path)
    }
}
