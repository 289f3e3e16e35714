/// Every function of docs/language.md, "Functions", by name.
public enum FunctionLibrary {
    public static let all: [FunctionDefinition] = [
        Len.definition, Lower.definition, Upper.definition, Trim.definition, Keys.definition, Join.definition,
        Split.definition, Coalesce.definition, TypeOf.definition,
    ]

    public static let names: [String] = all.map(\.name)

    /// What other query languages call these functions, for "did you mean" (`length` → `len`).
    static let otherLanguagesNames: [String: String] = [
        "length": "len", "size": "len", "count": "len", "tolower": "lower", "lowercase": "lower",
        "toupper": "upper", "uppercase": "upper", "strip": "trim", "ifnull": "coalesce", "nvl": "coalesce",
        "typeof": "type", "concat": "join", "explode": "split",
    ]

    private static let byName: [String: FunctionDefinition] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func function(named name: String) -> FunctionDefinition? {
        byName[name]
    }
}
