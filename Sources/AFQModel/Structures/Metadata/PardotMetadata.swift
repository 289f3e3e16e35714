/// Metadata of the Salesforce Pardot connector. The service model gives it no members (Amazon
/// AppFlow API Reference, PardotMetadata), so decoding ignores what the object holds; its presence
/// is all it says.
public struct PardotMetadata: ModelStructure {
    public static let fieldSummaries: [String: String] = [:]

    public init() {}

    /// Requires a JSON object but reads nothing from it.
    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: NoMembers.self)
    }
}
