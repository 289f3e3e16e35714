/// The stages of afq-language §5 as help and completion describe them, each with examples that
/// the test suite runs, so the help cannot drift from the language.
public struct StageDescription: Sendable {
    public let name: String
    public let syntax: String
    public let summary: String
    public let examples: [String]
}

public enum StageCatalog {
    public static let all: [StageDescription] = [
        StageDescription(
            name: "where", syntax: "where EXPR", summary: "keep the rows for which EXPR is truthy",
            examples: ["connectors | where canUseAsDestination and supportedWriteOperations contains \"UPSERT\" | get connectorName"]),
        StageDescription(
            name: "select", syntax: "select ITEM [as NAME], ...",
            summary: "make each row a record of the given columns, in order (`*`: all)",
            examples: ["connectors | select connectorType, authenticationConfig.isOAuth2Supported as oauth | limit 3"]),
        StageDescription(
            name: "reject", syntax: "reject PATH, ...", summary: "drop those columns or nested keys from each row",
            examples: ["connectors | where connectorType == \"Slack\" | select connectorType, connectorMetadata | reject connectorMetadata.Slack"]),
        StageDescription(
            name: "get", syntax: "get EXPR", summary: "replace each row by the value of EXPR (later stages see it as $it)",
            examples: ["connectors | where connectorType == \"Salesforce\" | get connectorMetadata.Salesforce.dataTransferApis"]),
        StageDescription(
            name: "sort by", syntax: "sort by EXPR [asc|desc], ...",
            summary: "stable sort; nulls last ascending, first descending",
            examples: ["connectors | sort by len(supportedDestinationConnectors) desc, connectorType | select connectorType | limit 3"]),
        StageDescription(
            name: "limit", syntax: "limit N", summary: "keep the first N rows",
            examples: ["connectors | limit 2 | get connectorType"]),
        StageDescription(
            name: "skip", syntax: "skip N", summary: "drop the first N rows",
            examples: ["connectors | skip 20 | limit 2 | get connectorType"]),
        StageDescription(
            name: "count", syntax: "count", summary: "a single number: how many rows reached it",
            examples: ["connectors | where connectorType == \"CustomConnector\" | count"]),
        StageDescription(
            name: "distinct", syntax: "distinct", summary: "drop rows equal to an earlier row",
            examples: ["connectors | get connectorOwner | distinct"]),
        StageDescription(
            name: "expand", syntax: "expand PATH [as NAME]", summary: "one row for each element of the list at PATH",
            examples: ["connectors | where connectorType == \"Zendesk\" | expand supportedWriteOperations | get supportedWriteOperations"]),
        StageDescription(
            name: "group by", syntax: "group by KEY, ... [compute AGG, ...]",
            summary: "one row per distinct key, with aggregates (default: count)",
            examples: ["connectors | group by canUseAsSource, canUseAsDestination"]),
        StageDescription(
            name: "to", syntax: "to FORMAT", summary: "last stage only: print this result as FORMAT",
            examples: ["connectors | where connectorType == \"S3\" | select connectorType, canUseAsSource | to json"]),
    ]
}
