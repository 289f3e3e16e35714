import AFQQuery
import AFQRender
import AFQSources

/// `.help [TOPIC]`: the language, each stage, function, aggregate, operator and command, with
/// runnable examples taken from the catalogues the language itself uses, and a page for each
/// group (`.help stages`, `.help functions`, …) generated from the same catalogues, so a new
/// stage, function or aggregate appears in them by itself.
enum HelpText {
    /// The help for a topic wrapped to `width` (nil: not a terminal, no wrapping), or nil when
    /// there is none.
    static func text(for topic: String?, width: Int? = nil) -> String? {
        page(for: topic).map { HelpWrapping.wrap($0, width: width) }
    }

    private static func page(for topic: String?) -> String? {
        guard let topic, !topic.isEmpty else { return overview }
        if topic.hasPrefix("$") { return variablesPage }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
        if let group = groupPage(name) { return group }
        // A word may name several things (`count` is a stage and an aggregate): each is shown.
        var entries: [String] = []
        for stage in StageLibrary.signatures where stage.name == name || stage.name.hasPrefix(name + " ") {
            entries.append(entry(stage.syntax, stage.summary, stage.examples))
        }
        if let function = FunctionLibrary.function(named: name) {
            entries.append(entry(function.signature, function.summary, function.examples))
        }
        if let aggregate = AggregateLibrary.aggregate(named: name) {
            entries.append(
                entry(aggregate.signature + "  (aggregate, after compute)", aggregate.summary, aggregate.examples))
        }
        if let op = operators.first(where: { $0.0.split(separator: " ").contains(Substring(name)) || $0.0 == name }) {
            entries.append(entry(op.0, op.1, op.2))
        }
        if let command = commands.first(where: { $0.names.contains(name) }) {
            entries.append(entry(command.syntax, command.summary, []))
        }
        if name == "changes" {
            entries.append(entry("changes", changesSummary, []))
        }
        if name == "let" {
            entries.append(letPage)
        }
        if entries.isEmpty, name == "formats" {
            entries.append(entry(".format FORMAT", "formats: " + formatNames, []))
        }
        return entries.isEmpty ? nil : entries.joined(separator: "\n")
    }

    /// The pages for a group of words, by the group's name.
    private static func groupPage(_ name: String) -> String? {
        switch name {
        case "stages": return "stages (after `connectors |`, separated by `|`):\n" + stageRows
        case "functions": return "functions (anywhere an expression goes):\n" + functionRows
        case "aggregates", "compute": return aggregatesPage
        case "operators": return "operators:\n" + operatorRows
        case "variables": return variablesPage
        case "commands": return "commands (a line starting with `.`):\n" + commandRows
        default: return nil
        }
    }

    /// Every word `.help` knows, once each, for suggestions and completion.
    static var topics: [String] {
        let words =
            ["stages", "functions", "aggregates", "compute", "operators", "variables", "commands", "formats"]
            + StageLibrary.signatures.map(\.name) + FunctionLibrary.names + AggregateLibrary.names
            + operators.flatMap { $0.0.split(separator: " ").map(String.init) } + commands.flatMap(\.names)
            + ["$it", "$source", "changes", "let"]
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
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

    static let commands: [CommandHelp] = [
        CommandHelp(
            names: ["help"], syntax: ".help [TOPIC]",
            summary: "help on the language, a stage, function, operator or command"),
        CommandHelp(names: ["format"], syntax: ".format [FORMAT]", summary: "the output format: " + formatNames),
        CommandHelp(
            names: ["open"], syntax: ".open PATH ...", summary: "use recorded data from these files or folders"),
        CommandHelp(names: ["live"], syntax: LiveOptions.usage, summary: "use the live AppFlow API"),
        CommandHelp(
            names: ["refresh"], syntax: ".refresh", summary: "drop cached live data so the next query fetches again"),
        CommandHelp(names: ["record"], syntax: ".record PATH", summary: "save the live responses fetched from now on"),
        CommandHelp(
            names: ["baseline"], syntax: ".baseline [PATH ...|off]",
            summary: "the snapshot `changes` compares the data with; alone, show it"),
        CommandHelp(names: ["source"], syntax: ".source PATH", summary: "run a query file"),
        CommandHelp(
            names: ["schema"], syntax: ".schema [PATH]",
            summary: "the fields under PATH, with types, enum values and descriptions"),
        CommandHelp(names: ["param"], syntax: ".param NAME VALUE", summary: "set $NAME to the string VALUE"),
        CommandHelp(
            names: ["param-json"], syntax: ".param-json NAME JSON",
            summary: "set $NAME to a JSON value: .param-json n 3, .param-json ops '[\"INSERT\", \"UPSERT\"]'"),
        CommandHelp(names: ["params"], syntax: ".params", summary: "list the parameters and the names bound by `let`"),
        CommandHelp(names: ["timer"], syntax: ".timer [on|off]", summary: "print how long each statement took"),
        CommandHelp(
            names: ["output"], syntax: ".output PATH|stdout", summary: "send results to a file, or back to the terminal"
        ),
        CommandHelp(names: ["history"], syntax: ".history [N]", summary: "the last N statements"),
        CommandHelp(names: ["quit", "exit"], syntax: ".quit, .exit", summary: "leave (Ctrl-D on an empty line too)"),
    ]

    private static var formatNames: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The width of the name column in the lists: wider names go on a line of their own.
    private static let nameColumn = 22

    /// One row of a list: the name padded to the column, two spaces, the description.
    private static func row(_ name: String, _ summary: String) -> String {
        if name.count > nameColumn { return "  \(name)\n  \(pad("", nameColumn))  \(summary)\n" }
        return "  \(pad(name, nameColumn))  \(summary)\n"
    }

    private static var stageRows: String {
        StageLibrary.signatures.map { row($0.syntax, $0.summary) }.joined()
    }

    private static var functionRows: String {
        FunctionLibrary.all.map { row($0.signature, $0.summary) }.joined()
    }

    private static var aggregateRows: String {
        AggregateLibrary.all.map { row($0.signature, $0.summary) }.joined()
    }

    private static var operatorRows: String {
        operators.map { row($0.0, $0.1) }.joined()
    }

    private static var commandRows: String {
        commands.map { row($0.syntax, $0.summary) }.joined()
    }

    private static var variableRows: String {
        row("$it", "the current row")
            + row("$x", "the element being tested inside any(list, test) and all(list, test)")
            + row(
                "$source",
                "where the row came from: $source.region, $source.account, $source.accountName, $source.file")
            + row(
                "$NAME",
                "a parameter (--param NAME=VALUE, --param-json NAME=JSON, .param NAME VALUE, .param-json NAME JSON)"
                    + " or a name bound by `let`")
    }

    /// The statement forms besides a pipeline and a dot-command line.
    private static var statementRows: String {
        row(letSyntax, "bind a pipeline's result to $NAME for later statements (.help let)")
    }

    private static let letSyntax = "let $NAME = PIPELINE"

    /// `let` is a statement, not a stage: its example needs two statements, so it is shown as
    /// text rather than run as a one-query example.
    private static var letPage: String {
        entry(
            letSyntax,
            "run the pipeline and bind its result, a list, to $NAME for the statements after it; prints nothing."
                + " When every row is a list (a `get` of a list field) the lists are joined one level."
                + " A `let` replaces a parameter or an earlier `let` of the same name; `.params` lists both."
                + " At most 1,000,000 items.", [])
            + "\nexample:\n  let $targets = connectors | where connectorType == \"Slack\" | get supportedDestinationConnectors\n"
            + "  connectors | where connectorType in $targets | count\n  → 16\n"
    }

    /// `.help compute` and `.help aggregates`: both places aggregates go, `group by … compute`
    /// and the `compute` stage, with the aggregates and an example of each.
    private static var aggregatesPage: String {
        let computeStage = StageLibrary.signatures.first { $0.name == "compute" }
        var text = "group by KEY, ... compute AGG [as NAME], ...\n"
        text += "  one row per group; each aggregate folds the group's rows into one value\n"
        if let computeStage { text += "\(computeStage.syntax)\n  \(computeStage.summary)\n" }
        text += "\naggregates:\n" + aggregateRows
        let groupExamples = StageLibrary.signatures.first { $0.name == "group by" }?.examples ?? []
        let withCompute = groupExamples.first { $0.query.contains("compute") }
        let examples = [withCompute ?? AggregateLibrary.all.first?.examples.first, computeStage?.examples.first]
            .compactMap { $0 }
        if !examples.isEmpty { text += "\nexamples:\n" }
        for example in examples {
            text += "  \(example.query)\n"
            for line in example.expected.split(separator: "\n") { text += "  → \(line)\n" }
        }
        return text
    }

    private static var variablesPage: String {
        "variables:\n" + variableRows
            + "\nexamples:\n  connectors | where $source.region == \"eu-west-1\" | count\n"
            + "  .param owner 'Acme Data Platform'\n  connectors | where connectorOwner == $owner | get connectorLabel\n"
    }

    static var overview: String {
        var text = """
            afq queries Amazon AppFlow connector configurations.

              connectors | where canUseAsDestination | select connectorName, supportedWriteOperations

            A pipeline starts with a source, `connectors` or `changes` (what differs from a baseline:
            `.help changes`); stages separated by `|` filter, reshape, sort and summarise the rows.
            `.help TOPIC` explains any word below, and `.help stages`, `.help functions`,
            `.help aggregates`, `.help operators`, `.help variables` and `.help commands` list each
            group.

            stages:

            """
        text += stageRows
        text += "\nfunctions:\n" + functionRows
        text += "\naggregates (after compute):\n" + aggregateRows
        text += "\noperators:\n" + operatorRows
        text += "\nvariables:\n" + variableRows
        text += "\nstatements:\n" + statementRows
        text += "\ncommands:\n" + commandRows
        return text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
