/// The coding keys of a structure the model defines without members: none are ever read.
///
/// Asking a decoder for a container keyed by it still checks that the value is a JSON object, so
/// that a memberless metadata entry given a string or a list reads as absent like any other
/// (`ConnectorMetadata`).
struct NoMembers: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
