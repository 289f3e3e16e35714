/// An authentication scheme a custom connector defines, with the credentials it asks for
/// (Amazon AppFlow API Reference, CustomAuthConfig).
public struct CustomAuthConfig: ModelStructure {
    public var customAuthenticationType: String?
    public var authParameters: [AuthParameter]?

    public static let fieldSummaries: [String: String] = [
        "customAuthenticationType": "name of the authentication scheme",
        "authParameters": "credentials and settings the scheme asks for",
    ]

    public init(customAuthenticationType: String? = nil, authParameters: [AuthParameter]? = nil) {
        self.customAuthenticationType = customAuthenticationType
        self.authParameters = authParameters
    }
}
