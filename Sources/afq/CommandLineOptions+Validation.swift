import AFQQuery
import AFQSources

/// The checks between options, which no single option can make alone (README, "Command line").
extension CommandLineOptions {
    /// Throws the first problem, in a fixed order so the message does not depend on how the
    /// options were arranged.
    func validate() throws(UsageError) {
        // `--data` and `--live` may not be combined (README, "Command line").
        if live && !data.isEmpty { throw .dataWithLive }
        if !live {
            let liveOnly: [(String, Bool)] = [
                ("--region", region != nil), ("--profile", profile != nil), ("--endpoint-url", endpointURL != nil),
                ("--record", record != nil), ("--allow-partial", allowPartial), ("--org", organization),
            ]
            if let (name, _) = liveOnly.first(where: \.1) { throw .needsLive(option: name) }
        }
        if !organization {
            let organizationOnly: [(String, Bool)] = [
                ("--role-name", roleName != nil), ("--accounts", accounts != nil),
                ("--skip-accounts", skipAccounts != nil), ("--org-unit", organizationUnits != nil),
            ]
            if let (name, _) = organizationOnly.first(where: \.1) { throw .needsOrganization(option: name) }
        }
        if let region, LiveOptions.regionList(region).isEmpty { throw .noRegions }
        if live {
            do {
                try liveOptions().validate()
            } catch {
                throw .invalidLiveOptions(error.description)
            }
        }
        if (data + baseline).filter({ $0 == "-" }).count > 1 { throw .standardInputDataTwice }
        _ = try parameters()
    }

    /// What `--live` and its options ask of the live source.
    func liveOptions() -> LiveOptions {
        LiveOptions(
            regions: region.map(LiveOptions.regionList), profiles: profile.map(LiveOptions.list) ?? [],
            endpointURL: endpointURL,
            organization: organization
                ? OrganizationOptions(
                    roleName: roleName ?? OrganizationOptions.defaultRoleName, accounts: accounts.map(LiveOptions.list),
                    skipAccounts: skipAccounts.map(LiveOptions.list) ?? [],
                    units: organizationUnits.map(LiveOptions.list) ?? [])
                : nil)
    }

    /// `--param` and `--param-json`, in that order, so a JSON value wins over a string of the
    /// same name.
    func parameters() throws(UsageError) -> [String: Value] {
        var result: [String: Value] = [:]
        for assignment in stringParameters {
            let (name, value) = try split(assignment, option: "--param")
            result[name] = .string(value)
        }
        for assignment in jsonParameters {
            let (name, text) = try split(assignment, option: "--param-json")
            do {
                result[name] = try JSONReader.parse(text)
            } catch {
                throw .invalidJSONParameter(name: name, problem: "\(error)")
            }
        }
        return result
    }

    /// `NAME=VALUE` → (NAME, VALUE); NAME must be a name the language can write as `$NAME`.
    private func split(_ assignment: String, option: String) throws(UsageError) -> (String, String) {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw .notAnAssignment(option: option, assignment)
        }
        let name = String(assignment[..<equals])
        guard name.first.map({ $0.isLetter || $0 == "_" }) == true,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else {
            throw .invalidParameterName(option: option, name)
        }
        return (name, String(assignment[assignment.index(after: equals)...]))
    }
}
