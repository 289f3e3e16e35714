/// Every aggregate of `group by … compute` (docs/language.md, "Stages"), by name.
public enum AggregateLibrary {
    public static let all: [AggregateDefinition] = [
        CountAggregate.definition, SumAggregate.definition, MinAggregate.definition, MaxAggregate.definition,
        AvgAggregate.definition, CollectAggregate.definition, DistinctAggregate.definition,
    ]

    public static let names: [String] = all.map(\.name)

    public static func aggregate(named name: String) -> AggregateDefinition? {
        all.first { $0.name == name }
    }
}
