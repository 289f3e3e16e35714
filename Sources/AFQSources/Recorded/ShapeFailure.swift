/// A shape problem found while recognising a value, with the path to the offending value so the
/// document can be rescanned for its line and column (errors are rare; positions are not tracked
/// while parsing).
struct ShapeFailure: Error {
    var kind: DataError.Kind
    var message: String
    var path: [JSONPathComponent]

    init(_ kind: DataError.Kind, _ message: String, at path: [JSONPathComponent]) {
        self.kind = kind
        self.message = message
        self.path = path
    }
}
