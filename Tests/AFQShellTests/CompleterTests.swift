import AFQModel
import AFQQuery
import AFQShell
import Testing

/// The completion engine alone: text before the cursor → candidates.
@Suite struct CompleterTests {
    struct ModelSource: CompletionSource {
        var completionSchema: Schema { ConnectorConfiguration.schema }
        var parameterNames: [String] { ["owner"] }
        func observedValues(at path: [String]) -> [String] {
            switch path {
            case ["connectorOwner"]: return ["AWS", "Acme Data Platform", "AWS Samples", "Example Partner Inc."]
            case ["connectorLabel"]: return ["acme.postgres-lambda", "jira-cloud"]
            default: return []
            }
        }
    }

    let completer = Completer(source: ModelSource())

    func candidates(_ text: String) -> [String] {
        completer.complete(text).candidates
    }

    @Test(arguments: [
        ("", ["changes", "connectors"]),
        ("con", ["connectors"]),
        (
            "connectors | ",
            [
                "compute", "count", "distinct", "expand", "get", "group by", "limit", "percent of", "reject", "select",
                "skip", "sort by", "to", "where",
            ]
        ),
        ("connectors | s", ["select", "skip", "sort by"]),
        ("connectors | where x; conn", ["connectors"]),
        (".fo", [".format"]),
        (".format js", ["json", "jsonl"]),
        (".help gr", ["group by"]),
        (".timer ", ["off", "on"]),
        ("connectors | to c", ["chart", "csv"]),
        ("connectors | sort ", ["by"]),
        ("connectors | percent ", ["of"]),
        ("connectors | comp", ["compute"]),
        ("connectors | per", ["percent of"]),
        ("connectors | limit ", []),
    ])
    func completesKeywordsAndCommands(text: String, expected: [String]) {
        #expect(candidates(text) == expected)
    }

    @Test(arguments: [
        ("connectors | where connectorT", ["connectorType"]),
        ("connectors | where canUse", ["canUseAsDestination", "canUseAsSource"]),
        ("connectors | select connectorName, supportedW", ["supportedWriteOperations"]),
        ("connectors | where auth", ["authenticationConfig."]),
        ("connectors | get authenticationConfig.oAuth2D", ["authenticationConfig.oAuth2Defaults."]),
        ("connectors | get authenticationConfig.oAuth2Defaults.tok", ["authenticationConfig.oAuth2Defaults.tokenUrls"]),
        ("connectors | get connectorMetadata.Sales", ["connectorMetadata.Salesforce."]),
        ("connectors | get connectorMetadata.Salesforce.da", ["connectorMetadata.Salesforce.dataTransferApis"]),
        ("connectors | where len(supportedOp", ["supportedOperators"]),
        ("connectors | where connectorProvisioningConfig.lambda.", ["connectorProvisioningConfig.lambda.lambdaArn"]),
        ("connectors | expand supportedDataTransferApis.N", ["supportedDataTransferApis.Name"]),
        ("connectors | group by connectorOwner compute co", ["collect(", "count("]),
        ("connectors | compute co", ["collect(", "count("]),
        ("connectors | compute count() as n, m", ["max(", "min("]),
        ("connectors | group by connectorOwner | percent of cou", ["count"]),
        ("connectors | where lo", ["logoURL", "lower("]),
        ("connectors | where registeredAt > no", ["now("]),
        ("connectors | where tru", ["trunc("]),
        (".schema authenticationConfig.cus", ["authenticationConfig.customAuthConfigs"]),
        ("connectors | expand connectorR", ["connectorRuntimeSettings"]),
        ("connectors | get connectorRuntimeSettings.ke", ["connectorRuntimeSettings.key"]),
    ])
    func completesFieldPathsAndFunctions(text: String, expected: [String]) {
        #expect(candidates(text) == expected)
    }

    @Test func completesColumnsMadeByEarlierStages() {
        #expect(
            candidates("connectors | select connectorName as n, canUseAsSource | where ") == [
                "age(", "all(", "any(", "canUseAsSource", "coalesce(", "date(", "day(", "ends_with(", "first(",
                "join(", "keys(", "last(", "len(", "lower(", "month(", "n", "now(", "replace(", "round(", "sort(",
                "split(", "starts_with(", "string(", "substring(", "timestamp(", "trim(", "trunc(", "type(",
                "unique(", "upper(", "year(",
            ])
        #expect(
            candidates("connectors | group by connectorOwner | sort by c") == ["coalesce(", "connectorOwner", "count"])
        #expect(candidates("connectors | compute count() as n, max(registeredAt) as newest | where ne") == ["newest"])
        // The parameter's value is not known to completion: it must not make the stage an error.
        #expect(
            candidates(
                "connectors | where canUseAsSource == $owner or supportedWriteOperations == $owner | select connectorType as t | where t"
            )
                == ["t", "timestamp(", "trim(", "trunc(", "type("])
        #expect(
            candidates("connectors | group by connectorOwner | percent of count as share | sort by sh") == ["share"])
    }

    @Test(arguments: [
        ("connectors | where connectorType == \"Sn", ["\"Snowflake\""]),
        ("connectors | where connectorType == 'Sn", ["'Snowflake'"]),
        ("connectors | where supportedWriteOperations contains \"UP", ["\"UPDATE\"", "\"UPSERT\""]),
        ("connectors | where connectorType in [\"S3\", \"Re", ["\"Redshift\""]),
        (
            "connectors | where authenticationConfig.oAuth2Defaults.oauth2GrantTypesSupported contains \"J",
            ["\"JWT_BEARER\""]
        ),
        ("connectors | where connectorOwner == \"AWS", ["\"AWS\"", "\"AWS Samples\""]),
    ])
    func completesValuesAfterComparisons(text: String, expected: [String]) {
        #expect(candidates(text) == expected)
    }

    @Test func completesVariables() {
        #expect(candidates("connectors | where $") == ["$it", "$owner", "$source."])
        #expect(candidates("connectors | where $source.r") == ["$source.region"])
    }

    @Test func completesSortDirections() {
        #expect(candidates("connectors | sort by connectorType d") == ["desc"])
    }

    @Test func aUniqueLeafGetsASpaceButAPathPrefixDoesNot() {
        #expect(completer.complete("connectors | where connectorT").appendsSpace)
        #expect(!completer.complete("connectors | where auth").appendsSpace)
        #expect(!completer.complete("connectors | where le").appendsSpace)
    }

    @Test func offersTheCommonPrefixOfSeveralCandidates() {
        #expect(completer.complete("connectors | where supportedD").commonPrefix == "supportedD")
        #expect(completer.complete("connectors | where canUse").commonPrefix == "canUseAs")
    }

    @Test func completesFilePaths() {
        let completion = completer.complete(".open Tests/AFQShellTests/Compl")
        #expect(completion.candidates == ["Tests/AFQShellTests/CompleterTests.swift"])
    }

    /// Only a record's path ends in `.`: a list of records is complete as it is (`expand` takes
    /// it), so it gets a space like any other field.
    @Test func aListOfRecordsGetsASpaceNotADot() {
        let completion = completer.complete("connectors | expand connectorR")
        #expect(completion.candidates == ["connectorRuntimeSettings"])
        #expect(completion.appendsSpace)
    }

    /// The list shows a field path by its last segment, but a file by its whole name and a value
    /// whole, dots and spaces included.
    @Test func listsPathsBySegmentAndFilesAndValuesWhole() {
        #expect(
            completer.complete("connectors | get authenticationConfig.is").listed == [
                "isApiKeyAuthSupported", "isBasicAuthSupported", "isCustomAuthSupported", "isOAuth2Supported",
            ])
        #expect(completer.complete(".open Tests/AFQShellTests/C").listed == ["CompleterTests.swift"])
        #expect(
            completer.complete("connectors | where connectorLabel == \"").listed == [
                "\"acme.postgres-lambda\"", "\"jira-cloud\"",
            ])
        #expect(
            completer.complete("connectors | where connectorOwner == \"").listed == [
                "\"AWS\"", "\"AWS Samples\"", "\"Acme Data Platform\"", "\"Example Partner Inc.\"",
            ])
        #expect(
            completer.complete("connectors | where $source.").listed == ["account", "accountName", "file", "region"])
    }
}
