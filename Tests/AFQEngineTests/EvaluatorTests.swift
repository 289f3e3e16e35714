import AFQQuery
import AFQTestSupport
import Testing

@Suite struct EvaluatorTests {
    func run(_ text: String, parameters: [String: Value] = [:]) throws -> [Value] {
        try QueryHarness.run(text, parameters: parameters)
    }

    @Test func filtersOnTruthiness() throws {
        #expect(
            try run("connectors | where supportedWriteOperations | get connectorType") == [
                "Salesforce", "CustomConnector",
            ])
    }

    @Test func selectsInOrderWithAliases() throws {
        #expect(
            try run("connectors | limit 1 | select connectorType as t, canUseAsSource") == [
                .record(["t": "Salesforce", "canUseAsSource": true])
            ])
    }

    @Test func mapsFieldAccessOverLists() throws {
        #expect(try run("connectors | limit 1 | get supportedDataTransferApis.Name") == [["BULKV2", "REST_SYNC"]])
    }

    /// Strings compare by code points, as they sort: no Unicode normalisation (docs/language.md).
    @Test func comparesStringsByCodePoints() throws {
        let kelvin = "\u{212A}"
        #expect(Value.string("K") != Value.string(kelvin))
        #expect(Value.string("caf\u{E9}") != Value.string("cafe\u{301}"))
        #expect(try run(#"connectors | limit 1 | get "K" == "\#(kelvin)""#) == [false])
        #expect(try run(#"connectors | limit 1 | get "K" in ["\#(kelvin)", "k"]"#) == [false])
        #expect(try run(#"connectors | limit 1 | get ["\#(kelvin)"] contains "K""#) == [false])
        #expect(try run(#"connectors | limit 1 | get ["K"] contains "K""#) == [true])
    }

    @Test func indexesFromTheEnd() throws {
        #expect(try run("connectors | limit 1 | get supportedWriteOperations[-1]") == ["DELETE"])
        #expect(try run("connectors | limit 1 | get supportedWriteOperations[9]") == [.null])
    }

    @Test func sortsNullsLastAscendingAndFirstDescending() throws {
        #expect(try run("connectors | sort by connectorLabel | get connectorType")[0] == "CustomConnector")
        #expect(try run("connectors | sort by connectorLabel desc | get connectorType")[3] == "CustomConnector")
    }

    @Test func sortIsStable() throws {
        #expect(
            try run("connectors | sort by canUseAsSource | get connectorType") == [
                "Salesforce", "S3", "Slack", "CustomConnector",
            ])
    }

    @Test func countsAndSkips() throws {
        #expect(try run("connectors | skip 1 | count") == [3])
        #expect(try run("connectors | where connectorType == \"nope\" | count") == [0])
    }

    @Test func expandsListsAndDropsEmptyOnes() throws {
        #expect(try run("connectors | expand supportedWriteOperations | count") == [6])
        #expect(
            try run("connectors | expand supportedWriteOperations as op | where op == \"UPSERT\" | get connectorType")
                == ["Salesforce", "CustomConnector"])
    }

    /// `expand` changes one value in place for each element; rows kept by a later stage must
    /// still hold their own element.
    @Test func expandedRowsKeptTogetherEachHoldTheirElement() throws {
        let salesforce = "connectors | where connectorType == \"Salesforce\""
        #expect(
            try run(salesforce + " | expand supportedWriteOperations | get supportedWriteOperations")
                == ["INSERT", "UPSERT", "UPDATE", "DELETE"])
        #expect(
            try run(salesforce + " | expand supportedWriteOperations as op | sort by op | get op")
                == ["DELETE", "INSERT", "UPDATE", "UPSERT"])
        #expect(
            try run(
                salesforce
                    + " | expand authenticationConfig.oAuth2Defaults.oauth2GrantTypesSupported | get authenticationConfig"
            )
                == [
                    .record([
                        "isOAuth2Supported": true,
                        "oAuth2Defaults": .record(["oauth2GrantTypesSupported": "AUTHORIZATION_CODE"]),
                    ]),
                    .record([
                        "isOAuth2Supported": true,
                        "oAuth2Defaults": .record(["oauth2GrantTypesSupported": "JWT_BEARER"]),
                    ]),
                ])
        #expect(
            try run(salesforce + " | get authenticationConfig.oAuth2Defaults.oauth2GrantTypesSupported") == [
                ["AUTHORIZATION_CODE", "JWT_BEARER"]
            ])
    }

    /// `expand` copies each row into the values array of the row before when the next stage let
    /// go of it: rows of many inputs held together (by `sort`) must each be their own.
    @Test func expandedRowsOfManyInputsKeptTogetherMatchTheirInputs() throws {
        let expanded = try run("connectors | expand supportedWriteOperations | sort by connectorType")
        let inputs = try run("connectors | where supportedWriteOperations | sort by connectorType")
        var expected: [Value] = []
        for input in inputs {
            guard case .record(var record) = input, let list = record["supportedWriteOperations"]?.listValue else {
                continue
            }
            for element in list {
                record["supportedWriteOperations"] = element
                expected.append(.record(record))
            }
        }
        #expect(expected.count > 4)
        #expect(expanded == expected)
    }

    @Test func groupsInOrderOfFirstAppearance() throws {
        #expect(
            try run(
                "connectors | expand supportedWriteOperations | group by supportedWriteOperations | sort by count desc, supportedWriteOperations"
            )
                == [
                    .record(["supportedWriteOperations": "INSERT", "count": 2]),
                    .record(["supportedWriteOperations": "UPSERT", "count": 2]),
                    .record(["supportedWriteOperations": "DELETE", "count": 1]),
                    .record(["supportedWriteOperations": "UPDATE", "count": 1]),
                ])
    }

    @Test func computesAggregates() throws {
        #expect(
            try run(
                "connectors | group by canUseAsDestination compute count(), collect(connectorType), count(connectorLabel) as labelled"
            )
                == [
                    .record([
                        "canUseAsDestination": true, "count()": 3,
                        "collect(connectorType)": ["Salesforce", "S3", "CustomConnector"], "labelled": 1,
                    ]),
                    .record([
                        "canUseAsDestination": false, "count()": 1, "collect(connectorType)": ["Slack"], "labelled": 0,
                    ]),
                ])
    }

    @Test func comparesTimestampsWithStrings() throws {
        #expect(try run("connectors | where registeredAt > \"2023-01-01\" | count") == [1])
        #expect(try run("connectors | where registeredAt == \"2023-11-14T22:13:20.250Z\" | count") == [1])
    }

    @Test func orderingWithNullIsFalse() throws {
        #expect(try run("connectors | where registeredAt < \"2030-01-01\" | count") == [1])
    }

    @Test func likeIsCaseInsensitiveGlob() throws {
        #expect(try run("connectors | where connectorName like \"amazon*\" | get connectorType") == ["S3"])
    }

    @Test func regexSearches() throws {
        #expect(try run("connectors | where connectorName =~ \"(?i)^s\" | count") == [2])
    }

    @Test func inAndContains() throws {
        #expect(try run("connectors | where connectorType in [\"S3\", \"Slack\"] | count") == [2])
        #expect(try run("connectors | where connectorType not in [\"S3\", \"Slack\"] | count") == [2])
        #expect(
            try run(
                "connectors | where authenticationConfig.oAuth2Defaults.oauth2GrantTypesSupported contains \"JWT_BEARER\" | count"
            ) == [1])
    }

    @Test func distinctKeepsFirstOccurrences() throws {
        #expect(try run("connectors | get canUseAsDestination | distinct") == [true, false])
    }

    @Test func rejectsNestedKeys() throws {
        #expect(
            try run(
                "connectors | limit 1 | select connectorType, authenticationConfig | reject authenticationConfig.oAuth2Defaults"
            )
                == [
                    .record([
                        "connectorType": "Salesforce", "authenticationConfig": .record(["isOAuth2Supported": true]),
                    ])
                ])
    }

    @Test func exposesSourceAndParameters() throws {
        #expect(try run("connectors | where $source.region == $r | count", parameters: ["r": "eu-west-1"]) == [1])
        #expect(try run("connectors | limit $n | count", parameters: ["n": "2"]) == [2])
    }

    @Test func functionsWork() throws {
        #expect(
            try run("connectors | limit 1 | get join(supportedWriteOperations, \"+\")") == [
                "INSERT+UPSERT+UPDATE+DELETE"
            ])
        #expect(
            try run(
                "connectors | limit 1 | get [len(connectorName), upper(\"a\"), type(registeredAt), coalesce(connectorLabel, 'none')]"
            ) == [[10, "A", "null", "none"]])
        #expect(try run("connectors | limit 1 | get split(\"a:b\", \":\")") == [["a", "b"]])
    }

    @Test func arithmeticFollowsPrecedence() throws {
        #expect(try run("connectors | limit 1 | get 1 + 2 * 3 - -1") == [8])
        #expect(try run("connectors | limit 1 | get 'a' + 'b'") == ["ab"])
    }

    @Test func limitStopsEarly() throws {
        #expect(try run("connectors | limit 0 | count") == [0])
    }
}

/// Every value is true or false (docs/language.md, "Values"), so every row is either kept by
/// `where P` or by `where not P`.
@Suite struct PartitionProperties {
    @Test(arguments: [
        "canUseAsDestination", "supportedWriteOperations contains \"UPSERT\"", "connectorLabel is null",
        "authenticationConfig.isOAuth2Supported", "registeredAt > \"2020-01-01\"", "connectorName like \"s*\"",
    ])
    func whereAndWhereNotPartitionTheRows(predicate: String) throws {
        let all = try QueryHarness.run("connectors | count")
        let kept = try QueryHarness.run("connectors | where \(predicate) | count")
        let dropped = try QueryHarness.run("connectors | where not (\(predicate)) | count")
        guard case .number(let a) = all[0], case .number(let k) = kept[0], case .number(let d) = dropped[0] else {
            Issue.record("counts must be numbers")
            return
        }
        #expect(k + d == a)
    }
}
