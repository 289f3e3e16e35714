extension ConnectorConfiguration {
    /// The lists of a configuration whose order means nothing, so `changes` compares them as sets
    /// (docs/changes.md, "What counts as a change"): each names capabilities or values the
    /// connector supports, and the AppFlow API Reference ("ConnectorConfiguration",
    /// "OAuth2Defaults", "ConnectorMetadata") documents none of them as ordered, while the service
    /// is free to return them in any order from one call to the next.
    ///
    /// Lists of structures (`connectorRuntimeSettings`, `supportedDataTransferApis`,
    /// `customAuthConfigs`, `oauth2CustomProperties`) and the values offered to a user
    /// (`connectorSuppliedValues`, `connectorSuppliedValueOptions`) are left out: the console shows
    /// them in the order given, so a new order is a change worth seeing.
    public static let setValuedListPaths: [[String]] = [
        ["supportedDestinationConnectors"],
        ["supportedSchedulingFrequencies"],
        ["supportedTriggerTypes"],
        ["connectorModes"],
        ["supportedApiVersions"],
        ["supportedOperators"],
        ["supportedWriteOperations"],
        ["supportedDataTransferTypes"],
        ["authenticationConfig", "oAuth2Defaults", "oauthScopes"],
        ["authenticationConfig", "oAuth2Defaults", "tokenUrls"],
        ["authenticationConfig", "oAuth2Defaults", "authCodeUrls"],
        ["authenticationConfig", "oAuth2Defaults", "oauth2GrantTypesSupported"],
        ["connectorMetadata", "GoogleAnalytics", "oAuthScopes"],
        ["connectorMetadata", "Honeycode", "oAuthScopes"],
        ["connectorMetadata", "Slack", "oAuthScopes"],
        ["connectorMetadata", "Zendesk", "oAuthScopes"],
        ["connectorMetadata", "Salesforce", "oAuthScopes"],
        ["connectorMetadata", "Salesforce", "dataTransferApis"],
        ["connectorMetadata", "Salesforce", "oauth2GrantTypesSupported"],
        ["connectorMetadata", "Snowflake", "supportedRegions"],
    ]
}
