/// One setting of a shared config file section: a value, or an indented block of nested
/// settings such as `appflow =\n  endpoint_url = …` (AWS SDKs and Tools Reference Guide,
/// "Service-specific endpoints"; AWS CLI User Guide, "Configuration and credential file settings").
enum INIProperty: Sendable, Equatable {
    case value(String)
    /// Names as written (trimmed), values trimmed.
    case subsection([String: String])
}
