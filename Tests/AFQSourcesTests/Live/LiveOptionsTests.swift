import Testing

@testable import AFQSources

/// `.live`'s words and the combinations of live options that cannot work.
struct LiveOptionsTests {
    @Test func readsEveryOption() throws {
        let options = try LiveOptions(arguments: [
            "--region", "all", "--profile=a,b", "--endpoint-url", "http://x",
        ])
        #expect(options.regions == ["all"])
        #expect(options.profiles == ["a", "b"])
        #expect(options.endpointURL == "http://x")
        #expect(options.organization == nil)
    }

    @Test func readsOrganizationOptions() throws {
        let options = try LiveOptions(arguments: [
            "--org", "--role-name", "AppFlowRead", "--accounts", "111122223333,444455556666",
            "--skip-accounts=444455556666", "--org-unit", "ou-ab12-cdef3456",
        ])
        #expect(
            options.organization
                == OrganizationOptions(
                    roleName: "AppFlowRead", accounts: ["111122223333", "444455556666"], skipAccounts: ["444455556666"],
                    units: ["ou-ab12-cdef3456"]))
    }

    @Test func organizationOptionsNeedOrg() {
        #expect(throws: ConfigurationProblem("--role-name goes with --org")) {
            try LiveOptions(arguments: ["--role-name", "X"])
        }
    }

    @Test func refusesWhatCannotWork() {
        #expect(throws: ConfigurationProblem.self) { try LiveOptions(arguments: ["--org", "--profile", "a,b"]) }
        #expect(throws: ConfigurationProblem("'12345' is not an AWS account id (twelve digits)")) {
            try LiveOptions(arguments: ["--org", "--accounts", "12345"])
        }
        #expect(throws: ConfigurationProblem.self) { try LiveOptions(arguments: ["--org", "--org-unit", "unit-1"]) }
        #expect(throws: ConfigurationProblem.self) { try LiveOptions(arguments: ["--org", "--role-name", "a b"]) }
        #expect(throws: ConfigurationProblem.self) { try LiveOptions(arguments: ["--color", "x"]) }
        #expect(throws: ConfigurationProblem("--region needs a value")) { try LiveOptions(arguments: ["--region"]) }
    }
}
