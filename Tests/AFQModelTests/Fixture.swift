import Foundation
import Testing

/// Reads the files in `Fixtures/`, which the test target copies as a resource folder.
enum Fixture {
    static func data(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            "missing fixture \(name).json")
        return try Data(contentsOf: url)
    }

    static func decode<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        try JSONDecoder().decode(type, from: data(name))
    }

    /// Decodes one member of a recorded response, by name: the tests look at the model's
    /// structures inside a response, while how a response holds its connectors is the reader's
    /// to say (`RecordedShape` in AFQSources, tested by AFQSourcesTests' `RecordedDataShapeTests`).
    static func decode<T: Decodable>(_ type: T.Type, from name: String, member: String) throws -> T {
        let response = try #require(
            try JSONSerialization.jsonObject(with: data(name)) as? [String: Any], "\(name).json is not an object")
        let value = try #require(response[member], "\(name).json has no member `\(member)`")
        return try JSONDecoder().decode(
            type, from: JSONSerialization.data(withJSONObject: value, options: .fragmentsAllowed))
    }

    /// Decodes JSON written inline in a test.
    static func decode<T: Decodable>(_ type: T.Type, json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }
}
