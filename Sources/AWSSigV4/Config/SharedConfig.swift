import Foundation

/// The AWS shared credentials and config files, read once (AWS CLI User Guide, "Configuration
/// and credential file settings").
///
/// Paths come from `AWS_SHARED_CREDENTIALS_FILE` / `AWS_CONFIG_FILE` (a leading `~` is the
/// home folder) or default to `~/.aws/credentials` and `~/.aws/config`. A missing file is
/// simply empty.
///
/// Printing it shows the paths and profile names, never values (the files hold keys).
public struct SharedConfig: Sendable, CustomStringConvertible, CustomReflectable {
    public let credentialsFile: String
    public let configFile: String
    /// `nil` when the file does not exist.
    let credentials: INIFile?
    let config: INIFile?

    /// Reads both files.
    /// - Parameters:
    ///   - environment: the process environment (injected).
    ///   - home: the home folder; defaults to `HOME`, then the user's home directory.
    /// - Throws: `ConfigurationError.unreadableFile` or `.malformedFile`.
    public static func load(environment: [String: String], home: String? = nil) throws(ConfigurationError)
        -> SharedConfig
    {
        let home = home ?? environment["HOME"] ?? NSHomeDirectory()
        func path(_ variable: String, _ fallback: String) -> String {
            guard let value = environment[variable], !value.isEmpty else { return home + "/.aws/" + fallback }
            if value == "~" { return home }
            if value.hasPrefix("~/") { return home + value.dropFirst() }
            return value
        }
        return try SharedConfig(
            credentialsFile: path("AWS_SHARED_CREDENTIALS_FILE", "credentials"),
            configFile: path("AWS_CONFIG_FILE", "config"))
    }

    /// Reads the two files at these paths.
    public init(credentialsFile: String, configFile: String) throws(ConfigurationError) {
        self.credentialsFile = credentialsFile
        self.configFile = configFile
        credentials = try SharedConfig.read(credentialsFile)
        config = try SharedConfig.read(configFile)
    }

    /// Already parsed files (`nil`: absent), for tests and callers that read files themselves.
    init(credentialsFile: String, configFile: String, credentials: INIFile?, config: INIFile?) {
        self.credentialsFile = credentialsFile
        self.configFile = configFile
        self.credentials = credentials
        self.config = config
    }

    /// Does this file exist? Used to say where credentials were looked for.
    public var credentialsFileExists: Bool { credentials != nil }
    public var configFileExists: Bool { config != nil }

    public var description: String {
        "SharedConfig(\(credentialsFile), \(configFile), profiles: \(profileNames.joined(separator: ", ")))"
    }

    public var customMirror: Mirror {
        Mirror(
            self, children: ["credentialsFile": credentialsFile, "configFile": configFile, "profiles": profileNames],
            displayStyle: .struct)
    }

    /// Every profile name in either file, sorted.
    public var profileNames: [String] {
        var names = Set((credentials?.sections ?? []).map(\.name))
        for section in config?.sections ?? [] {
            if let name = SharedConfig.configProfileName(section.name) { names.insert(name) }
        }
        return names.sorted()
    }

    /// The selected profile.
    ///
    /// A profile named by `--profile` or an environment variable must exist in one of the files
    /// (botocore's ProfileNotFound); an absent `default` is just an empty profile.
    public func profile(_ selection: ProfileSelection) throws(ConfigurationError) -> ConfigProfile {
        let name = selection.name
        let fromCredentials = credentials?.section(name)?.properties
        // `[profile default]` is allowed too and wins over `[default]`.
        var fromConfig: [String: INIProperty]? = nil
        for section in config?.sections ?? [] where SharedConfig.prefixed("profile", section.name) == name {
            fromConfig = (fromConfig ?? [:]).merging(section.properties) { _, new in new }
        }
        if name == "default", let plain = config?.section("default")?.properties {
            fromConfig = plain.merging(fromConfig ?? [:]) { _, prefixed in prefixed }
        }
        if fromCredentials == nil && fromConfig == nil && selection.origin != .fallback {
            throw .profileNotFound(
                profile: name, origin: selection.origin.description, files: [credentialsFile, configFile])
        }
        var services: [String: INIProperty]? = nil
        let servicesName: String? =
            if case .value(let text) = fromCredentials?["services"] ?? fromConfig?["services"] { text } else { nil }
        if let servicesName {
            services = config?.sections.first { SharedConfig.servicesName($0.name) == servicesName }?.properties
        }
        return ConfigProfile(
            selection: selection, credentialsFile: credentialsFile, configFile: configFile,
            credentialsFileSection: fromCredentials, configFileSection: fromConfig, servicesSection: services,
            credentialsFileExists: credentialsFileExists, configFileExists: configFileExists)
    }

    /// The settings of the config file's `[sso-session NAME]` section (IAM Identity Center),
    /// names lower-cased, or `nil` when there is none.
    public func ssoSession(_ name: String) -> [String: String]? {
        var found: [String: String]? = nil
        for section in config?.sections ?? [] where SharedConfig.prefixed("sso-session", section.name) == name {
            var settings = found ?? [:]
            for (key, property) in section.properties {
                if case .value(let text) = property { settings[key] = text }
            }
            found = settings
        }
        return found
    }

    /// `default` → `default`; `profile x` → `x`; other config sections (`sso-session x`,
    /// `services x`, stray `[x]`) are not profiles.
    static func configProfileName(_ section: String) -> String? {
        if section == "default" { return "default" }
        return prefixed("profile", section)
    }

    /// `services x` → `x`.
    static func servicesName(_ section: String) -> String? { prefixed("services", section) }

    private static func prefixed(_ keyword: String, _ section: String) -> String? {
        let parts = section.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, parts[0] == keyword else { return nil }
        var name = parts[1].trimmingWhitespace()
        if name.count >= 2, let first = name.first, first == "\"" || first == "'", name.last == first {
            name = String(name.dropFirst().dropLast())
        }
        return name.isEmpty ? nil : name
    }

    private static func read(_ path: String) throws(ConfigurationError) -> INIFile? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else { throw .unreadableFile(path: path, reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied or read error")
        }
        return try INIFile.parse(String(decoding: data, as: UTF8.self), path: path)
    }
}
