/// What the user asked of the live source (`--live` and its options, or `.live …`).
public struct LiveOptions: Sendable, Equatable {
    /// `--region a,b`; nil means AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.
    public var regions: [String]?
    /// `--profile`; nil means AWS_PROFILE, else `default`.
    public var profile: String?
    /// `--endpoint-url`.
    public var endpointURL: String?

    public init(regions: [String]? = nil, profile: String? = nil, endpointURL: String? = nil) {
        self.regions = regions
        self.profile = profile
        self.endpointURL = endpointURL
    }

    /// Reads `.live`'s words: `--region R[,R...]`, `--profile P`, `--endpoint-url URL` (also
    /// written `--name=value`).
    public init(arguments: [String]) throws(ConfigurationProblem) {
        self.init()
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            var value: String? = nil
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            } else if index + 1 < arguments.count {
                index += 1
                value = arguments[index]
            }
            guard let value, !value.isEmpty else { throw ConfigurationProblem("\(name) needs a value") }
            switch name {
            case "--region": regions = LiveOptions.regionList(value)
            case "--profile": profile = value
            case "--endpoint-url": endpointURL = value
            default: throw ConfigurationProblem("unknown option \(name); .live takes --region, --profile and --endpoint-url")
            }
            index += 1
        }
    }

    /// `a, b,,a` → `["a", "b"]`: trimmed, empty parts and repeats dropped.
    public static func regionList(_ text: String) -> [String] {
        var regions: [String] = []
        for part in text.split(separator: ",") {
            let region = part.trimmingCharacters(in: " \t")
            if !region.isEmpty, !regions.contains(region) { regions.append(region) }
        }
        return regions
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
