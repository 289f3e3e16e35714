import AFQQuery
import AFQRender

/// Values shared by the renderer tests, shaped like AppFlow connector configurations.
enum Fixtures {
    /// 2023-05-04T12:00:00Z.
    static let noon = Timestamp(secondsSince1970: 1_683_201_600)
    /// 2023-05-04T12:00:00.250Z.
    static let noonAndAQuarter = Timestamp(secondsSince1970: 1_683_201_600.25)

    static let salesforce: Value = .record([
        "connectorName": "Salesforce",
        "connectorVersion": 2,
        "registeredAt": .timestamp(noon),
        "supportedWriteOperations": ["INSERT", "UPSERT"],
        "authenticationConfig": .record([
            "isOAuth2Supported": true,
            "oAuth2Defaults": .record(["oauthScopes": ["api", "refresh_token"]]),
        ]),
        "connectorRuntimeSettings": [
            .record(["key": "instanceUrl", "dataType": "String"]),
            .record(["key": "isSandbox", "dataType": "Boolean"]),
        ],
        "logoURL": nil,
    ])

    static let rows: [Value] = [
        .record(["connectorName": "Salesforce", "connectorVersion": 2, "canUseAsDestination": true]),
        .record(["connectorName": "Slack", "connectorVersion": 1.5, "canUseAsDestination": false]),
        .record(["connectorName": "Zendesk", "registeredAt": .timestamp(noonAndAQuarter)]),
    ]

    static func render(_ values: [Value], as format: OutputFormat, width: Int? = nil, color: Bool = false) -> String {
        Renderer.render(values, as: format, options: RenderOptions(terminalWidth: width, color: color))
    }
}
