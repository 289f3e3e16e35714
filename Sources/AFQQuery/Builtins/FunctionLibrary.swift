/// Every function of docs/language.md, "Functions", by name.
public enum FunctionLibrary {
    public static let all: [FunctionDefinition] = [
        Len.definition, Lower.definition, Upper.definition, Trim.definition, Keys.definition, Join.definition,
        Split.definition, Coalesce.definition, TypeOf.definition, StartsWith.definition, EndsWith.definition,
        Replace.definition, SubstringOf.definition, First.definition, Last.definition, SortList.definition,
        Unique.definition, Round.definition, ToString.definition, AnyElement.definition, AllElements.definition,
        Now.definition, Age.definition, DateOf.definition, YearOf.definition, MonthOf.definition, DayOf.definition,
        Trunc.definition, ToTimestamp.definition,
    ]

    public static let names: [String] = all.map(\.name)

    /// What other query languages call these functions, for "did you mean" (`length` → `len`).
    static let otherLanguagesNames: [String: String] = [
        "length": "len", "size": "len", "count": "len", "tolower": "lower", "lowercase": "lower",
        "toupper": "upper", "uppercase": "upper", "strip": "trim", "ifnull": "coalesce", "nvl": "coalesce",
        "typeof": "type", "concat": "join", "explode": "split", "startswith": "starts_with",
        "endswith": "ends_with", "substr": "substring", "tostring": "string", "str": "string",
        "current_timestamp": "now",
        "getdate": "now", "date_trunc": "trunc", "datetime": "timestamp", "todatetime": "timestamp",
        "to_timestamp": "timestamp", "some": "any", "every": "all", "head": "first",
        "tail": "last",
    ]

    private static let byName: [String: FunctionDefinition] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func function(named name: String) -> FunctionDefinition? {
        byName[name]
    }
}
