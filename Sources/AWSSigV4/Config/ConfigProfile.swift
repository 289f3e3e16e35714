/// The active profile's settings from both shared files; the credentials file wins over the
/// config file for the same setting, as in botocore (AWS CLI User Guide, "Configuration and
/// credential file settings").
///
/// Printing a profile shows its name and setting names, never values.
public struct ConfigProfile: Sendable, CustomStringConvertible, CustomReflectable {
    public let selection: ProfileSelection
    /// Path of the shared credentials file, whether or not it exists.
    public let credentialsFile: String
    /// Path of the shared config file, whether or not it exists.
    public let configFile: String
    /// `[name]` of the credentials file, if present.
    let credentialsFileSection: [String: INIProperty]?
    /// `[profile name]` (or `[default]`) of the config file, if present.
    let configFileSection: [String: INIProperty]?
    /// The `[services x]` section named by the profile's `services` setting, if it exists.
    let servicesSection: [String: INIProperty]?
    let credentialsFileExists: Bool
    let configFileExists: Bool

    init(
        selection: ProfileSelection, credentialsFile: String, configFile: String,
        credentialsFileSection: [String: INIProperty]?, configFileSection: [String: INIProperty]?,
        servicesSection: [String: INIProperty]? = nil, credentialsFileExists: Bool = true, configFileExists: Bool = true
    ) {
        self.selection = selection
        self.credentialsFile = credentialsFile
        self.configFile = configFile
        self.credentialsFileSection = credentialsFileSection
        self.configFileSection = configFileSection
        self.servicesSection = servicesSection
        self.credentialsFileExists = credentialsFileExists
        self.configFileExists = configFileExists
    }

    public var name: String { selection.name }

    /// True when either file has a section for this profile.
    public var exists: Bool { credentialsFileSection != nil || configFileSection != nil }

    /// A plain setting (name lower-case), the credentials file's first; empty values count as
    /// absent.
    public func value(_ name: String) -> String? {
        ConfigProfile.plain(credentialsFileSection?[name]) ?? ConfigProfile.plain(configFileSection?[name])
    }

    /// A plain setting of the credentials file's section only.
    func credentialsFileValue(_ name: String) -> String? { ConfigProfile.plain(credentialsFileSection?[name]) }

    /// A plain setting of the config file's section only.
    func configFileValue(_ name: String) -> String? { ConfigProfile.plain(configFileSection?[name]) }

    /// True when the setting is `true` (any case), as botocore's `ensure_boolean` reads it.
    public func flag(_ name: String) -> Bool {
        value(name)?.lowercased() == "true"
    }

    /// Every setting name present in either file, sorted.
    public var settingNames: [String] {
        Set(Array((credentialsFileSection ?? [:]).keys) + Array((configFileSection ?? [:]).keys)).sorted()
    }

    private static func plain(_ property: INIProperty?) -> String? {
        guard case .value(let text) = property, !text.isEmpty else { return nil }
        return text
    }

    public var description: String {
        "ConfigProfile(\(name) from \(selection.origin), settings: \(settingNames.joined(separator: ", ")))"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "settings": settingNames], displayStyle: .struct)
    }
}
