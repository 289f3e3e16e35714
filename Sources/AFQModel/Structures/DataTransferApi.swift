/// An API a connector offers for moving data, and whether it works synchronously
/// (Amazon AppFlow API Reference, DataTransferApi).
///
/// The wire names are capitalised, `Name` and `Type`, unlike every other member in the tree.
public struct DataTransferApi: ModelStructure {
    public var name: String?
    public var type: DataTransferApiType?

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case type = "Type"
    }

    public static let fieldSummaries: [String: String] = [
        "Name": "name of the API",
        "Type": "whether the API answers synchronously, asynchronously, or AppFlow decides",
    ]

    public init(name: String? = nil, type: DataTransferApiType? = nil) {
        self.name = name
        self.type = type
    }
}
