/// The service-model facts that `scripts/extract-service-model.py` writes to
/// `Fixtures/appflow-model-facts.json`: structures with their members, and enumerations.
struct ModelFacts: Decodable {
    struct Member: Decodable, Equatable, CustomStringConvertible {
        let name: String
        let type: String

        var description: String { "\(name): \(type)" }
    }

    struct Structure: Decodable {
        let members: [Member]
        let required: [String]
    }

    let roots: [String]
    let structures: [String: Structure]
    let enums: [String: [String]]

    static func load() throws -> ModelFacts {
        try Fixture.decode(ModelFacts.self, from: "appflow-model-facts")
    }

    /// The fixture's type spelling with numeric kinds folded into the schema's single `number`.
    static func normalized(_ type: String) -> String {
        if type.hasPrefix("list of ") { return "list of " + normalized(String(type.dropFirst("list of ".count))) }
        return ["integer", "long", "float", "double"].contains(type) ? "number" : type
    }
}
