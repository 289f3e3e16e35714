/// Lets the schema walk see through `[Element]` to its element type, which a decoder cannot ask
/// for without producing elements.
protocol DecodableArray {
    static var elementType: any Decodable.Type { get }
}

extension Array: DecodableArray where Element: Decodable {
    static var elementType: any Decodable.Type { Element.self }
}
