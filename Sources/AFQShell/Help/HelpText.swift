import AFQQuery
import AFQRender
import AFQSources

/// `.help [TOPIC]`: the language, each stage, function, aggregate, operator and command, with
/// runnable examples taken from the catalogues the language itself uses.
enum HelpText {
    /// The help for a topic, or nil when there is none.
    static func text(for topic: String?) -> String? {
        guard let topic, !topic.isEmpty else { return overview }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
        if let stage = StageLibrary.signatures.first(where: { $0.name == name || $0.name.hasPrefix(name + " ") }) {
            return entry(stage.syntax, stage.summary, stage.examples)
        }
        if let function = FunctionLibrary.function(named: name) {
            return entry(function.signature, function.summary, function.examples)
        }
        if let aggregate = AggregateLibrary.aggregate(named: name) {
            return entry(aggregate.signature + "  (aggregate, after compute)", aggregate.summary, aggregate.examples)
        }
        if let op = operators.first(where: { $0.0.split(separator: " ").contains(Substring(name)) || $0.0 == name }) {
            return entry(op.0, op.1, op.2)
        }
        if let command = commands.first(where: { $0.0.dropFirst().split(separator: " ").first == Substring(name) }) {
            return entry(command.0, command.1, [])
        }
        if name == "changes" {
            return entry("changes", changesSummary, [])
        }
        if name == "formats" || name == "format" {
            return entry(
                ".format FORMAT", "formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "), [])
        }
        return nil
    }

    /// Every word `.help` knows, for suggestions and completion.
    static var topics: [String] {
        StageLibrary.signatures.map(\.name) + FunctionLibrary.names + AggregateLibrary.names
            + commands.compactMap { $0.0.split(separator: " ").first.map(String.init) } + ["formats", "changes"]
    }

    /// Each example's query, then its result as JSON Lines, one value per line after `→`.
    private static func entry(_ syntax: String, _ summary: String, _ examples: [HelpExample]) -> String {
        var text = "\(syntax)\n  \(summary)\n"
        if !examples.isEmpty {
            text += "\nexamples:\n"
            for example in examples {
                text += "  \(example.query)\n"
                for line in example.expected.split(separator: "\n") { text += "  → \(line)\n" }
            }
        }
        return text
    }

    static let operators: [(String, String, [HelpExample])] = [
        (
            "== !=", "deep equality; a timestamp equals a string holding the same ISO 8601 instant",
            [
                HelpExample(
                    "connectors | where connectorType == \"Slack\" | count",
                    #"1"#)
            ]
        ),
        (
            "< <= > >=", "ordering; false when either side is null; mixed types are an error",
            [
                HelpExample(
                    "connectors | where registeredAt > \"2023-01-01\" | get connectorLabel",
                    #"""
                    "jira-cloud"
                    "acme.postgres-lambda"
                    "google-sheets"
                    "acme-inventory-api"
                    "stripe_payments"
                    "workday-hcm"
                    "fieldservice-pro"
                    """#)
            ]
        ),
        (
            "contains", "a list holds an element, or a string holds a substring",
            [
                HelpExample(
                    "connectors | where supportedTriggerTypes contains \"Event\" | get connectorType",
                    #""Salesforce""#)
            ]
        ),
        (
            "in", "the left value is an element of the right list",
            [
                HelpExample(
                    "connectors | where connectorType in [\"S3\", \"Redshift\"] | get connectorName",
                    #"""
                    "Amazon Redshift"
                    "Amazon S3"
                    """#)
            ]
        ),
        (
            "like", "glob match, * and ?, case-insensitive",
            [
                HelpExample(
                    "connectors | where connectorName like \"amazon*\" | get connectorName",
                    #"""
                    "Amazon Redshift"
                    "Amazon S3"
                    "Amazon EventBridge"
                    "Amazon Lookout for Metrics"
                    "Amazon Honeycode"
                    "Amazon Connect Customer Profiles"
                    """#)
            ]
        ),
        (
            "=~ !~", "regular expression search; (?i) makes it case-insensitive",
            [
                HelpExample(
                    "connectors | where connectorType =~ \"^S\" | get connectorType",
                    #"""
                    "Salesforce"
                    "Singular"
                    "Slack"
                    "S3"
                    "Servicenow"
                    "Snowflake"
                    "SAPOData"
                    """#)
            ]
        ),
        (
            "and or not", "logic on truthiness: null, false, 0, \"\", [] and {} are false",
            [
                HelpExample(
                    "connectors | where canUseAsSource and not canUseAsDestination | count",
                    #"14"#)
            ]
        ),
        (
            "is null", "`x is null`, `x is not null`",
            [
                HelpExample(
                    "connectors | where connectorArn is not null | count",
                    #"7"#)
            ]
        ),
        (
            "+ - * / %", "arithmetic; + also joins strings and lists; null in gives null out",
            [
                HelpExample(
                    "connectors | select connectorType, len(supportedOperators) * 2 as doubled | limit 2",
                    #"""
                    {"connectorType":"Salesforce","doubled":42}
                    {"connectorType":"Singular","doubled":28}
                    """#)
            ]
        ),
    ]

    /// `.help changes`: the second source (docs/changes.md).
    static let changesSummary = """
        the connectors that differ between the data and a baseline snapshot (--baseline FILE,
          .baseline FILE), one row each: change (added, removed, changed), connectorType,
          connectorLabel, region, account, before and after (the whole configurations, null on the
          missing side) and paths (the fields that differ, sorted)
          changes | where change == "added" | select connectorType, connectorLabel, region
          changes | where before.supportedWriteOperations contains "UPSERT"
                      and not (after.supportedWriteOperations contains "UPSERT")
        """

    static let commands: [(String, String)] = [
        (".help [TOPIC]", "help on the language, a stage, function, operator or command"),
        (".format FORMAT", "the output format: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")),
        (".open PATH ...", "use recorded data from these files or folders"),
        (LiveOptions.usage, "use the live AppFlow API"),
        (".refresh", "drop cached live data so the next query fetches again"),
        (".record PATH", "save the live responses fetched from now on"),
        (".baseline [PATH ...|off]", "the snapshot `changes` compares the data with; alone, show it"),
        (".source PATH", "run a query file"),
        (".schema [PATH]", "the fields under PATH, with types and descriptions"),
        (".param NAME VALUE", "set $NAME to the string VALUE"),
        (".params", "list the parameters"),
        (".timer on|off", "print how long each statement took"),
        (".output PATH|stdout", "send results to a file, or back to the terminal"),
        (".history [N]", "the last N statements"),
        (".quit, .exit", "leave"),
    ]

    static var overview: String {
        var text = """
            afq queries Amazon AppFlow connector configurations.

              connectors | where canUseAsDestination | select connectorName, supportedWriteOperations

            A pipeline starts with a source, `connectors` or `changes` (what differs from a baseline:
            `.help changes`); stages separated by `|` filter, reshape, sort and summarise the rows.
            `.help TOPIC` explains any word below.

            stages:

            """
        let stageWidth = StageLibrary.signatures.map(\.syntax.count).max() ?? 0
        for stage in StageLibrary.signatures { text += "  \(pad(stage.syntax, stageWidth)) \(stage.summary)\n" }
        text += "\nfunctions:\n"
        for function in FunctionLibrary.all { text += "  \(pad(function.signature, 22)) \(function.summary)\n" }
        text += "\naggregates (after compute):\n"
        for aggregate in AggregateLibrary.all { text += "  \(pad(aggregate.signature, 22)) \(aggregate.summary)\n" }
        text += "\noperators:\n"
        for op in operators { text += "  \(pad(op.0, 22)) \(op.1)\n" }
        text +=
            "\nvariables:\n  $it                    the current row\n  $source                where the row came from: $source.region, $source.account,\n                         $source.accountName, $source.file\n  $NAME                  a parameter (--param NAME=VALUE, .param NAME VALUE)\n"
        text += "\ncommands:\n"
        for command in commands {
            // The one long syntax (`.live …`) goes on its own line rather than widening the column.
            if command.0.count > 22 {
                text += "  \(command.0)\n  \(pad("", 22)) \(command.1)\n"
            } else {
                text += "  \(pad(command.0, 22)) \(command.1)\n"
            }
        }
        return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
