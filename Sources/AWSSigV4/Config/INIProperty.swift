/// One setting of a shared config file section: a value, or an indented block of nested
/// settings such as `appflow =\n  endpoint_url = …` (appflow-api §5.1 step 4, §7.1 "Files").
enum INIProperty: Sendable, Equatable {
    case value(String)
    /// Names as written (trimmed), values trimmed.
    case subsection([String: String])
}
