import AFQQuery
import AFQTestSupport
import Testing

@Suite struct CheckerTests {
    /// Every function and time operator has a type the checker knows, so later stages and
    /// completion see durations, timestamps and elements for what they are (docs/language.md,
    /// "Time" and "Functions").
    @Test(arguments: [
        ("now()", SchemaType.timestamp), ("age(registeredAt)", .duration), ("now() - registeredAt", .duration),
        ("registeredAt + 1d", .timestamp), ("1d + registeredAt", .timestamp), ("registeredAt - 12h", .timestamp),
        ("1d * 2", .duration), ("2 * 1d", .duration), ("1d / 2", .duration), ("1d / 1h", .number),
        ("-1d", .duration), ("-(1d)", .duration), ("1d + 1h", .duration), ("date(registeredAt)", .string),
        ("year(registeredAt)", .number), ("month(registeredAt)", .number), ("day(registeredAt)", .number),
        ("trunc(registeredAt, \"week\")", .timestamp), ("timestamp(\"2024-01-01\")", .timestamp),
        ("starts_with(connectorName, \"S\")", .boolean), ("ends_with(connectorName, \"S\")", .boolean),
        ("replace(connectorName, \"a\", \"b\")", .string), ("substring(connectorName, 1)", .string),
        ("first(supportedWriteOperations)", .string), ("last(supportedWriteOperations)", .string),
        ("sort(supportedWriteOperations)", .list(.string)), ("unique(supportedWriteOperations)", .list(.string)),
        ("round(1.5)", .number), ("string(1d)", .string), ("any(supportedWriteOperations, $x == \"A\")", .boolean),
        ("all(supportedDataTransferApis, $x.Name == \"A\")", .boolean),
    ])
    func typesTimeAndReportFunctions(expression: String, expected: SchemaType) throws {
        let pipeline = try #require(
            try Query.parse(SourceFile(name: "q", text: "connectors | select \(expression) as v")).statements.first?
                .asPipeline)
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(pipeline)
        guard case .record(let record) = checked.resultType else {
            Issue.record("not a record: \(checked.resultType)")
            return
        }
        #expect(record.field(named: "v")?.type == expected, "\(expression)")
    }

    @Test func rejectsUnknownFieldWithSuggestion() {
        #expect(
            QueryHarness.diagnostic("connectors | where conectorName == \"Slack\"") == """
                error: unknown field `conectorName`
                 --> query:1:20
                  |
                1 | connectors | where conectorName == "Slack"
                  |                    ^^^^^^^^^^^^ did you mean `connectorName`?

                """)
    }

    /// Comparisons whose types make them never true are errors; the ones that can be true are not.
    @Test(arguments: [
        "connectors | where supportedWriteOperations == \"UPSERT\"",
        "connectors | where 1 == supportedWriteOperations",
        "connectors | where supportedWriteOperations like \"*UP*\"",
        "connectors | where registeredAt =~ \"^2024\"",
        "connectors | where canUseAsDestination == \"TRUE\"",
        "connectors | where canUseAsDestination like \"t*\"",
        "connectors | where canUseAsDestination == \"yes\"",
        "connectors | select supportedWriteOperations as ops | where ops == \"INSERT\"",
    ])
    func rejectsComparisonsThatAreNeverTrue(_ query: String) {
        #expect(QueryHarness.diagnostic(query)?.contains("never true") == true, "\(query)")
    }

    /// A parameter's value is known before the query runs, as a literal's is: a scalar path
    /// against a list parameter (or list literal), and a list or boolean path against a string
    /// parameter, are never equal.
    @Test(arguments: [
        "connectors | where connectorType == $types", "connectors | where $types == connectorType",
        "connectors | where connectorType != $types", "connectors | where canUseAsSource == $types",
        "connectors | where registeredAt == $types",
        "connectors | where connectorType == [\"S3\", \"Redshift\"]",
        "connectors | where supportedWriteOperations == $op", "connectors | where canUseAsSource == $flag",
        "connectors | where any(supportedWriteOperations, $x == $types)",
        "connectors | get connectorType | where $it == $types",
    ])
    func rejectsComparisonsWithParametersThatAreNeverTrue(_ query: String) {
        let parameters: [String: Value] = [
            "types": .list(["S3", "Redshift"]), "op": "UPSERT", "flag": "true",
        ]
        let text = QueryHarness.diagnostic(query, parameters: parameters)
        #expect(
            text?.contains("never true") == true || text?.contains("always true") == true, "\(query): \(text ?? "")")
    }

    /// The fix offered for a scalar against a list is membership, both ways round.
    @Test func suggestsInOrContainsForAScalarComparedWithAList() throws {
        let parameters: [String: Value] = ["types": .list(["S3", "Redshift"])]
        let equal = try #require(
            QueryHarness.diagnostic("connectors | where connectorType == $types", parameters: parameters))
        #expect(equal.contains("`connectorType in $types` (or `$types contains connectorType`)"))
        #expect(equal.contains("a string compared with a list"))
        let notEqual = try #require(
            QueryHarness.diagnostic("connectors | where $types != connectorType", parameters: parameters))
        #expect(notEqual.contains("`connectorType not in $types`"))
    }

    /// Comparisons a list parameter can make true stay accepted, and `$x` inside `any` is an
    /// element, not a parameter of the same name.
    @Test(arguments: [
        "connectors | where connectorType in $types", "connectors | where $types contains connectorType",
        "connectors | where supportedWriteOperations == $types", "connectors | where connectorType == $name",
        "connectors | where canUseAsSource == $yes", "connectors | where any(supportedWriteOperations, $x == \"A\")",
        "connectors | where $types == [\"S3\"]",
    ])
    func acceptsComparisonsWithParametersThatCanBeTrue(_ query: String) {
        let parameters: [String: Value] = [
            "types": .list(["S3", "Redshift"]), "name": "Slack", "yes": .bool(true), "x": .list(["A"]),
        ]
        #expect(QueryHarness.diagnostic(query, parameters: parameters) == nil, "\(query)")
    }

    @Test(arguments: [
        "connectors | where supportedWriteOperations contains \"UPSERT\"",
        "connectors | where supportedWriteOperations == [\"INSERT\"]",
        "connectors | where connectorType == \"Salesforce\"",
        "connectors | where connectorName like \"Sales*\"",
        "connectors | where registeredAt > \"2024-01-01\"",
        "connectors | where canUseAsDestination == true",
        "connectors | expand supportedWriteOperations | where supportedWriteOperations like \"UP*\"",
        "connectors | where $it == \"x\"",
    ])
    func acceptsComparisonsThatCanBeTrue(_ query: String) {
        #expect(QueryHarness.diagnostic(query) == nil, "\(query)")
    }

    /// `$source` after `group by` reads a group's provenance, which it has not; before it, and in
    /// `compute`'s aggregates over the group's rows, it is the rows' own.
    @Test func sourceAfterGroupByIsAnErrorThatNamesTheColumn() {
        let text = QueryHarness.diagnostic(
            "connectors | group by $source.region | where $source.region == \"eu-west-1\"")
        #expect(text?.contains("`$source.region` after `group by` is not the rows' provenance") == true)
        #expect(text?.contains("`group by … $source.region as region`, then write `region`") == true)
        #expect(QueryHarness.diagnostic("connectors | group by $source.region as region | sort by region") == nil)
        #expect(
            QueryHarness.diagnostic(
                "connectors | where $source.region == \"us-east-1\" | group by connectorType compute collect($source.account) as accounts"
            )
                == nil)
    }

    /// After `compute` the one row sums up all the rows: `$source` there is an error that says to
    /// aggregate it; inside `compute` it is each row's own.
    @Test func sourceAfterComputeIsAnErrorThatSaysToAggregateIt() {
        let text = QueryHarness.diagnostic("connectors | compute count() as n | where $source.region == \"eu-west-1\"")
        #expect(text?.contains("`$source.region` after `compute` is not the rows' provenance") == true)
        #expect(text?.contains("`compute distinct($source.region) as regions`") == true)
        #expect(QueryHarness.diagnostic("connectors | compute distinct($source.region) as regions") == nil)
        let afterGroupBy = QueryHarness.diagnostic("connectors | compute count() as n | group by n | get $source")
        #expect(afterGroupBy?.contains("after `group by`") == true)
    }

    /// `compute`'s aggregates follow the rules of `group by … compute`; `percent of` needs a
    /// number, rows that are records, and a column name not taken.
    @Test(arguments: [
        ("connectors | compute connectorType", "expected an aggregate after `compute`"),
        ("connectors | compute len(connectorType)", "expected an aggregate after `compute`"),
        ("connectors | compute count(), count()", "duplicate column `count()`"),
        ("connectors | compute summ(1)", "did you mean `sum`?"),
        ("connectors | compute count(1, 2)", "`count` takes 0 or 1 argument"),
        ("connectors | compute count() | where connectorType", "not a column after `select`, `group by` or `compute`"),
        ("connectors | percent of connectorType", "`percent of` needs a number, but this is a"),
        ("connectors | percent of registeredAt", "`percent of` needs a number, but this is a timestamp"),
        ("connectors | percent of supportedWriteOperations", "needs a number, but this is a list of"),
        ("connectors | get connectorName | percent of 1", "adds a column, but each row is a string here"),
        ("connectors | count | percent of 1", "adds a column, but each row is a number here"),
        ("connectors | group by connectorType | percent of count | percent of count", "duplicate column `percent`"),
        ("connectors | select connectorType as share | percent of 1 as share", "duplicate column `share`"),
    ])
    func rejectsMisusesOfComputeAndPercent(query: String, expected: String) {
        let text = QueryHarness.diagnostic(query)
        #expect(text?.contains(expected) == true, "\(query): \(text ?? "no error")")
    }

    /// The column `percent of` adds is a number, last; `compute` fixes its columns.
    @Test func typesTheColumnsComputeAndPercentMake() throws {
        let context = CheckContext(schema: QueryHarness.schemaRows.schema)
        let percent = try #require(
            try Query.parse(
                SourceFile(name: "q", text: "connectors | group by connectorType | percent of count as share")
            ).statements.first?.asPipeline)
        guard case .record(let shares) = try Checker(context: context).check(percent).resultType else {
            Issue.record("not a record")
            return
        }
        #expect(shares.fields.map(\.name) == ["connectorType", "count", "share"])
        #expect(shares.field(named: "share")?.type == .number)
        let compute = try #require(
            try Query.parse(
                SourceFile(name: "q", text: "connectors | compute count() as n, collect(connectorLabel)")
            ).statements.first?.asPipeline)
        let checked = try Checker(context: context).check(compute)
        #expect(checked.resultColumns == ["n", "collect(connectorLabel)"])
    }

    @Test func checksNestedPaths() {
        let text = QueryHarness.diagnostic("connectors | get authenticationConfig.isOAuth2Suported")
        #expect(text?.contains("did you mean `isOAuth2Supported`?") == true)
        #expect(text?.contains("query:1:39") == true)
    }

    @Test func checksAgainstTheShapeSelectMade() {
        let text = QueryHarness.diagnostic("connectors | select connectorType as t | where connectorType == 1")
        #expect(text?.contains("unknown field `connectorType`") == true)
    }

    @Test func suggestsBackticksForDottedColumns() {
        let text = QueryHarness.diagnostic(
            "connectors | select authenticationConfig.isOAuth2Supported | where authenticationConfig")
        #expect(text?.contains("`authenticationConfig.isOAuth2Supported`") == true)
    }

    @Test func rowsAfterGetAreNotRecords() {
        let text = QueryHarness.diagnostic("connectors | get connectorName | where connectorType")
        #expect(text?.contains("rows are strings here") == true)
    }

    @Test func rejectsUnknownFunctionAndArity() {
        #expect(
            QueryHarness.diagnostic("connectors | get lenn(connectorName)")?.contains("did you mean `len`?") == true)
        #expect(
            QueryHarness.diagnostic("connectors | get len()")?.contains("`len` takes 1 argument, but 0 were given")
                == true)
    }

    @Test func aggregatesOnlyAfterCompute() {
        #expect(QueryHarness.diagnostic("connectors | get sum(1)")?.contains("`sum` is an aggregate") == true)
        #expect(
            QueryHarness.diagnostic("connectors | group by canUseAsSource compute len(x)")?.contains(
                "expected an aggregate") == true)
    }

    @Test func rejectsUnsetParameters() {
        #expect(
            QueryHarness.diagnostic("connectors | where connectorType == $kind")?.contains("unknown variable `$kind`")
                == true)
    }

    @Test func reportsRuntimeTypeErrorsWithPosition() {
        let text = QueryHarness.diagnostic("connectors | where connectorName > 3")
        #expect(text?.contains("cannot order a string against a number with `>`") == true)
        #expect(text?.contains("query:1:20") == true)
    }

    @Test func demandsOnlyTheKeysAPipelineReads() throws {
        let source = SourceFile(
            name: "q", text: "connectors | where canUseAsDestination | select connectorName, supportedWriteOperations")
        let p = try #require(try Query.parse(source).statements.first?.asPipeline)
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(p)
        #expect(
            checked.demand == FieldDemand(keys: ["canUseAsDestination", "connectorName", "supportedWriteOperations"]))
    }

    /// A list read only by `contains "text"` or `"text" in` may come with only those texts
    /// (`FieldDemand.keptTexts`); any other read of it, a non-literal operand, or a read in part
    /// of the same key needs it as before.
    @Test(arguments: [
        (
            #"connectors | where supportedWriteOperations contains "UPSERT" and canUseAsSource | get connectorName"#,
            FieldDemand(
                keys: ["supportedWriteOperations", "canUseAsSource", "connectorName"],
                keptTexts: ["supportedWriteOperations": ["UPSERT"]])
        ),
        (
            #"connectors | where "UPSERT" in supportedWriteOperations or not (supportedWriteOperations contains "INSERT") | count"#,
            FieldDemand(
                keys: ["supportedWriteOperations"], keptTexts: ["supportedWriteOperations": ["UPSERT", "INSERT"]])
        ),
        (
            #"connectors | where authenticationConfig.oAuth2Defaults.oauth2GrantTypesSupported contains "JWT_BEARER" | count"#,
            FieldDemand(
                keys: ["authenticationConfig"],
                subkeys: [
                    "authenticationConfig": FieldDemand(
                        keys: ["oAuth2Defaults"],
                        subkeys: [
                            "oAuth2Defaults": FieldDemand(
                                keys: ["oauth2GrantTypesSupported"],
                                keptTexts: ["oauth2GrantTypesSupported": ["JWT_BEARER"]])
                        ])
                ])
        ),
        (
            #"connectors | where supportedWriteOperations contains "INSERT" | select supportedWriteOperations"#,
            FieldDemand(keys: ["supportedWriteOperations"])
        ),
        (
            #"connectors | where supportedWriteOperations contains connectorName | count"#,
            FieldDemand(keys: ["supportedWriteOperations", "connectorName"])
        ),
        (
            #"connectors | where authenticationConfig contains "x" and authenticationConfig.isOAuth2Supported | count"#,
            FieldDemand(
                keys: ["authenticationConfig"],
                subkeys: ["authenticationConfig": FieldDemand(keys: ["isOAuth2Supported"])])
        ),
        (
            #"connectors | expand supportedWriteOperations | where supportedWriteOperations contains "INSERT" | count"#,
            FieldDemand(keys: ["supportedWriteOperations"])
        ),
    ])
    func demandsListsTestedOnlyForTextsAsSuch(query: String, expected: FieldDemand) throws {
        let p = try #require(try Query.parse(SourceFile(name: "q", text: query)).statements.first?.asPipeline)
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(p)
        #expect(checked.demand == expected)
    }

    @Test func demandsEverythingWhenRowsAreOutput() throws {
        let source = SourceFile(name: "q", text: "connectors | where canUseAsDestination")
        let p = try #require(try Query.parse(source).statements.first?.asPipeline)
        let checked = try Checker(context: CheckContext(schema: QueryHarness.schemaRows.schema)).check(p)
        #expect(checked.demand == .all)
    }
}
