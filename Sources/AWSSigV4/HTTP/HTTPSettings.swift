import Foundation

/// The network settings of every request afq sends, read as the AWS CLI reads them: which
/// certificate authorities to trust and which proxies to go through. Resolved once, before the
/// first request, so that a missing CA bundle is a configuration error rather than a failed
/// request.
///
/// ```swift
/// let settings = try HTTPSettings.resolve(environment: environment, profile: session.profile)
/// let transport = CurlTransport(settings: settings)
/// ```
///
/// Printing settings never shows a proxy's user name or password.
public struct HTTPSettings: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// A PEM file of the certificate authorities to trust; `nil` for the system's store.
    ///
    /// The bundle replaces the system's store, it does not add to it, as with the AWS CLI
    /// (AWS CLI User Guide, "Configuration and credential file settings", `ca_bundle`), which
    /// loads the file as its only trusted roots. Behind a proxy that inspects TLS
    /// with a corporate authority, the bundle must therefore hold that authority, plus the
    /// public ones for any host the proxy lets through untouched. Certificates are verified
    /// whatever the bundle: there is no setting to turn verification off.
    public var caBundle: String?
    /// Where `caBundle` came from (`AWS_CA_BUNDLE`, a profile's `ca_bundle`), for messages.
    public var caBundleOrigin: String?
    public var proxy: ProxySettings

    public init(caBundle: String? = nil, caBundleOrigin: String? = nil, proxy: ProxySettings = ProxySettings()) {
        self.caBundle = caBundle
        self.caBundleOrigin = caBundleOrigin
        self.proxy = proxy
    }

    /// The settings from the environment and the profile. The CA bundle is the first of
    /// `AWS_CA_BUNDLE`, the profile's `ca_bundle` and `REQUESTS_CA_BUNDLE` that is set: the
    /// environment wins over the profile as for every AWS CLI setting, and botocore falls back
    /// to `REQUESTS_CA_BUNDLE` when neither is set. Proxies: see `ProxySettings`.
    ///
    /// - Throws: `ConfigurationError.unusableCABundle` when the chosen bundle does not exist,
    ///   is a folder or cannot be read (the message names the file and where it was set);
    ///   `.invalidProxyURL` for a proxy that is not an http or https URL.
    public static func resolve(environment: [String: String], profile: ConfigProfile?) throws(ConfigurationError)
        -> HTTPSettings
    {
        var settings = HTTPSettings(proxy: try ProxySettings.resolve(environment: environment))
        if let (path, origin) = caBundle(environment: environment, profile: profile) {
            try check(caBundle: path, origin: origin)
            settings.caBundle = path
            settings.caBundleOrigin = origin
        }
        return settings
    }

    private static func caBundle(environment: [String: String], profile: ConfigProfile?) -> (String, String)? {
        if let path = nonEmpty(environment["AWS_CA_BUNDLE"]) { return (path, "AWS_CA_BUNDLE") }
        if let profile {
            if let path = nonEmpty(profile.credentialsFileValue("ca_bundle")) {
                return (path, "ca_bundle of profile \(profile.name) in \(profile.credentialsFile)")
            }
            if let path = nonEmpty(profile.configFileValue("ca_bundle")) {
                return (path, "ca_bundle of profile \(profile.name) in \(profile.configFile)")
            }
        }
        if let path = nonEmpty(environment["REQUESTS_CA_BUNDLE"]) { return (path, "REQUESTS_CA_BUNDLE") }
        return nil
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let text = value?.trimmingWhitespace(), !text.isEmpty else { return nil }
        return text
    }

    private static func check(caBundle path: String, origin: String) throws(ConfigurationError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unusableCABundle(path: path, origin: origin, problem: "does not exist")
        }
        if isFolder.boolValue { throw .unusableCABundle(path: path, origin: origin, problem: "is a folder") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unusableCABundle(path: path, origin: origin, problem: "cannot be read")
        }
    }

    public var description: String {
        let bundle = caBundle.map { "CA bundle \($0) from \(caBundleOrigin ?? "settings")" } ?? "system CA store"
        return "HTTPSettings(\(bundle), \(proxy))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self, children: ["caBundle": caBundle as Any, "caBundleOrigin": caBundleOrigin as Any, "proxy": proxy],
            displayStyle: .struct)
    }
}
