/// A heading of `--help` and of the manual's OPTIONS, in the order they print.
enum OptionSection: CaseIterable, Sendable {
    case queries, data, output, parameters, other

    var title: String {
        switch self {
        case .queries: "Queries (run in the order written)"
        case .data: "Data"
        case .output: "Output"
        case .parameters: "Parameters (the query reads them as $NAME)"
        case .other: "Other"
        }
    }
}
