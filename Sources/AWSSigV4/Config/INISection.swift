/// A `[name]` section of a shared config or credentials file.
struct INISection: Sendable, Equatable {
    /// The text between the brackets, trimmed (`profile dev`, `default`, `services local`).
    var name: String
    /// 1-based line of the (first) header.
    var line: Int
    /// Setting names lower-cased, as botocore's configparser does.
    var properties: [String: INIProperty]
}
