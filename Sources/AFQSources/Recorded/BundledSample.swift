import Foundation

/// The realistic recording afq uses when no data is named (docs/sample.md).
public enum BundledSample {
    public static let name = "bundled sample"

    /// The sample's bytes, from the package resource shipped beside the executable.
    public static func document() throws(DataError) -> RecordedDocument {
        guard let url = Bundle.module.url(forResource: "sample", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            throw DataError(.unreadable, "the bundled sample is missing from this installation of afq")
        }
        return RecordedDocument(name: name, bytes: [UInt8](data), isJSONLines: false, isUserInput: false)
    }
}
