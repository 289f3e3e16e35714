/// Every stage of the language, in the order `.help` lists them (docs/language.md, "Stages").
public enum StageLibrary {
    static let all: [any StageDefinition.Type] = [
        WhereStage.self, SelectStage.self, RejectStage.self, GetStage.self, SortByStage.self, LimitStage.self,
        SkipStage.self, CountStage.self, DistinctStage.self, ExpandStage.self, GroupByStage.self, ComputeStage.self,
        PercentStage.self, ToStage.self,
    ]

    public static let signatures: [StageSignature] = all.map { $0.signature }

    /// The stage whose first keyword is `word` (`sort` for `sort by`).
    static func definition(startingWith word: String) -> (any StageDefinition.Type)? {
        all.first { $0.signature.keywords.first == word }
    }

    /// The signature of the stage whose first keyword is `word`.
    public static func signature(startingWith word: String) -> StageSignature? {
        definition(startingWith: word)?.signature
    }
}
