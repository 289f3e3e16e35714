/// What the user asked of the live source (`--live` and its options, or `.live …`).
public struct LiveOptions: Sendable, Equatable {
    /// `--region a,b` or `--region all`; nil means AWS_REGION, AWS_DEFAULT_REGION, then each
    /// profile's region.
    public var regions: [String]?
    /// `--profile a,b`: each profile's credentials are one account's; empty means AWS_PROFILE,
    /// else `default`.
    public var profiles: [String]
    /// `--endpoint-url`.
    public var endpointURL: String?
    /// `--org`: every account of the organisation the (single) profile manages.
    public var organization: OrganizationOptions?
    /// Keep every response for a recording (`--record`, `.record`); otherwise each region's
    /// responses are let go once their rows are read.
    public var keepsResponses = false

    public init(
        regions: [String]? = nil, profiles: [String] = [], endpointURL: String? = nil,
        organization: OrganizationOptions? = nil
    ) {
        self.regions = regions
        self.profiles = profiles
        self.endpointURL = endpointURL
        self.organization = organization
    }

    /// One profile, or none.
    public init(regions: [String]? = nil, profile: String?, endpointURL: String? = nil) {
        self.init(regions: regions, profiles: profile.map { [$0] } ?? [], endpointURL: endpointURL)
    }

    /// The words `.live` takes, as `--help` shows them.
    public static let usage =
        ".live [--region R[,R...]|all] [--profile P[,P...]] [--endpoint-url URL] [--org [--role-name NAME] "
        + "[--accounts ID,...] [--skip-accounts ID,...] [--org-unit ID,...]]"

    /// Reads `.live`'s words, the same options as the command line's (also written
    /// `--name=value`).
    public init(arguments: [String]) throws(ConfigurationProblem) {
        self.init()
        var organization: OrganizationOptions? = nil
        var organizationOnly: [String] = []
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            index += 1
            if name == "--org" {
                organization = organization ?? OrganizationOptions()
                continue
            }
            var value: String? = nil
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            }
            guard let value, !value.isEmpty else { throw ConfigurationProblem("\(name) needs a value") }
            switch name {
            case "--region": regions = LiveOptions.list(value)
            case "--profile": profiles = LiveOptions.list(value)
            case "--endpoint-url": endpointURL = value
            case "--role-name", "--accounts", "--skip-accounts", "--org-unit":
                organizationOnly.append(name)
                var options = organization ?? OrganizationOptions()
                switch name {
                case "--role-name": options.roleName = value
                case "--accounts": options.accounts = LiveOptions.list(value)
                case "--skip-accounts": options.skipAccounts = LiveOptions.list(value)
                default: options.units = LiveOptions.list(value)
                }
                organization = options
            default:
                throw ConfigurationProblem(
                    "unknown option \(name); .live takes --region, --profile, --endpoint-url, --org, --role-name, "
                        + "--accounts, --skip-accounts and --org-unit")
            }
        }
        if let first = organizationOnly.first, !arguments.contains("--org") {
            throw ConfigurationProblem("\(first) goes with --org")
        }
        self.organization = organization
        try validate()
    }

    /// The combinations that cannot work, as usage errors.
    public func validate() throws(ConfigurationProblem) {
        if organization != nil, profiles.count > 1 {
            throw ConfigurationProblem(
                "--org reaches the accounts through one profile's credentials (the management account's); give one --profile"
            )
        }
        if let organization {
            // IAM role names (with an optional path, `team/reader`): letters, digits and `+=,.@_-`.
            let allowed = organization.roleName.allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-/".contains($0))
            }
            guard allowed, !organization.roleName.isEmpty, organization.roleName.count <= 512 else {
                throw ConfigurationProblem("'\(organization.roleName)' is not an IAM role name")
            }
            for id in (organization.accounts ?? []) + organization.skipAccounts
            where id.count != 12 || !id.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw ConfigurationProblem("'\(id)' is not an AWS account id (twelve digits)")
            }
            for unit in organization.units where !(unit.hasPrefix("ou-") || unit.hasPrefix("r-")) {
                throw ConfigurationProblem("'\(unit)' is not an organisational unit or root id (ou-… or r-…)")
            }
        }
    }

    /// `a, b,,a` → `["a", "b"]`: trimmed, empty parts and repeats dropped.
    public static func list(_ text: String) -> [String] {
        var items: [String] = []
        for part in text.split(separator: ",") {
            let item = part.trimmingCharacters(in: " \t")
            if !item.isEmpty, !items.contains(item) { items.append(item) }
        }
        return items
    }

    /// The same as `list`, for regions.
    public static func regionList(_ text: String) -> [String] { list(text) }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
