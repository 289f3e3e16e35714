import AFQModel
import AFQQuery
import Testing

/// The schema derived from the Codable types against the facts extracted from botocore's service
/// model (`scripts/extract-service-model.py`), in both directions.
struct SchemaDerivationTests {
    static let derived = DerivedModel(roots: [ConnectorConfiguration.schema.row, ConnectorDetail.schema.row])

    /// Every `ModelStructure` in AFQModel, for checks that go by type rather than by schema.
    static let structureTypes: [any ModelStructure.Type] = [
        ConnectorConfiguration.self, ConnectorDetail.self, ConnectorMetadata.self, AuthenticationConfig.self,
        OAuth2Defaults.self, OAuth2CustomParameter.self, CustomAuthConfig.self, AuthParameter.self,
        ConnectorRuntimeSetting.self, ConnectorProvisioningConfig.self, LambdaConnectorProvisioningConfig.self,
        DataTransferApi.self, AmplitudeMetadata.self, DatadogMetadata.self, DynatraceMetadata.self,
        GoogleAnalyticsMetadata.self, InforNexusMetadata.self, MarketoMetadata.self, RedshiftMetadata.self,
        S3Metadata.self, SalesforceMetadata.self, ServiceNowMetadata.self, SingularMetadata.self, SlackMetadata.self,
        SnowflakeMetadata.self, TrendmicroMetadata.self, VeevaMetadata.self, ZendeskMetadata.self,
        EventBridgeMetadata.self, UpsolverMetadata.self, CustomerProfilesMetadata.self, HoneycodeMetadata.self,
        SAPODataMetadata.self, PardotMetadata.self,
    ]

    static let enumerationSchemas: [EnumSchema] = [
        ConnectorType.enumSchema, ScheduleFrequencyType.enumSchema, TriggerType.enumSchema,
        WriteOperationType.enumSchema, Operators.enumSchema, ConnectorProvisioningType.enumSchema,
        SupportedDataTransferType.enumSchema, DataTransferApiType.enumSchema, SalesforceDataTransferApi.enumSchema,
        OAuth2GrantType.enumSchema, OAuth2CustomPropType.enumSchema,
    ]

    @Test func coversExactlyTheStructuresOfTheServiceModel() throws {
        let facts = try ModelFacts.load()
        #expect(facts.roots == ["ConnectorConfiguration", "ConnectorDetail"])
        let missing = Set(facts.structures.keys).subtracting(Self.derived.structures.keys)
        let extra = Set(Self.derived.structures.keys).subtracting(facts.structures.keys)
        #expect(missing.isEmpty, "structures in the service model but not derived: \(missing.sorted())")
        #expect(extra.isEmpty, "structures derived but not in the service model: \(extra.sorted())")
        #expect(Set(Self.structureTypes.map { $0.modelName }) == Set(facts.structures.keys))
    }

    @Test func derivesEveryMemberWithTheModelsNameTypeAndOrder() throws {
        let facts = try ModelFacts.load()
        for (name, structure) in facts.structures.sorted(by: { $0.key < $1.key }) {
            let expected = structure.members.map {
                ModelFacts.Member(name: $0.name, type: ModelFacts.normalized($0.type))
            }
            let derived = Self.derived.structures[name] ?? []
            #expect(derived == expected, "members of \(name)")
        }
    }

    @Test func derivesEveryEnumerationWithExactlyTheModelsValues() throws {
        let facts = try ModelFacts.load()
        #expect(Set(Self.derived.enums.keys) == Set(facts.enums.keys))
        for (name, values) in facts.enums.sorted(by: { $0.key < $1.key }) {
            #expect(Self.derived.enums[name] == values, "values of \(name)")
        }
        #expect(Set(Self.enumerationSchemas.map(\.name)) == Set(facts.enums.keys))
        for schema in Self.enumerationSchemas {
            #expect(schema.values == facts.enums[schema.name], "knownValues of \(schema.name)")
        }
    }

    @Test func requiresNothingButLambdaArnInTheModel() throws {
        let facts = try ModelFacts.load()
        let required = facts.structures.filter { !$0.value.required.isEmpty }.mapValues(\.required)
        #expect(required == ["LambdaConnectorProvisioningConfig": ["lambdaArn"]])
    }

    @Test func givesEveryFieldASummary() {
        for record in Self.derived.records {
            for field in record.fields {
                #expect(!field.summary.isEmpty, "\(record.name ?? "?").\(field.name) has no summary")
            }
        }
    }

    @Test func keepsNoSummaryForAMemberThatDoesNotExist() {
        for type in Self.structureTypes {
            let fieldNames = Set(type.deriveRecordSchema().fields.map(\.name))
            let stale = Set(type.fieldSummaries.keys).subtracting(fieldNames)
            #expect(stale.isEmpty, "\(type.modelName) summarises unknown members \(stale.sorted())")
        }
    }

    @Test func namesRecordsAndEnumerationsAfterTheModel() {
        let schema = ConnectorConfiguration.schema
        #expect(schema.row.name == "ConnectorConfiguration")
        #expect(schema.type(at: ["authenticationConfig"])?.displayName == "AuthenticationConfig")
        #expect(
            schema.type(at: ["authenticationConfig", "oAuth2Defaults", "oauth2CustomProperties"])?.displayName
                == "list of OAuth2CustomParameter")
        #expect(
            schema.type(at: ["supportedWriteOperations"])
                == .list(
                    .enumeration(
                        EnumSchema(name: "WriteOperationType", values: ["INSERT", "UPSERT", "UPDATE", "DELETE"]))))
        #expect(schema.type(at: ["connectorMetadata", "GoogleAnalytics", "oAuthScopes"]) == .list(.string))
        #expect(schema.type(at: ["supportedDataTransferApis", "Name"]) == .list(.string))
        #expect(schema.type(at: ["registeredAt"]) == .timestamp)
    }

    /// The reader converts the values where the schema says `timestamp` (AFQSources' `TimestampPaths`).
    @Test func typesOnlyRegisteredAtAsATimestamp() {
        let timestamps = Self.derived.structures.flatMap { name, members in
            members.filter { $0.type.hasSuffix("timestamp") }.map { "\(name).\($0.name)" }
        }
        #expect(timestamps.sorted() == ["ConnectorConfiguration.registeredAt", "ConnectorDetail.registeredAt"])
    }

    @Test func exposesTheConnectorTypesInModelOrder() {
        #expect(ConnectorType.knownValues.count == 24)
        #expect(ConnectorType.knownValues.first == .salesforce)
        #expect(ConnectorType.knownValues.last == .pardot)
        #expect(ConnectorType.googleAnalytics.rawValue == "Googleanalytics")
        #expect(ConnectorType.enumSchema.name == "ConnectorType")
    }

    @Test func describesTheDetailWithTheConfigurationsSummaries() {
        let detailFields = ConnectorDetail.schema.row.fields
        #expect(detailFields.map(\.name).contains("applicationType"))
        for field in detailFields where field.name != "applicationType" {
            #expect(field.summary == ConnectorConfiguration.schema.row.field(named: field.name)?.summary)
            #expect(field.type == ConnectorConfiguration.schema.row.field(named: field.name)?.type)
        }
    }
}
