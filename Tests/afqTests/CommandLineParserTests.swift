import AFQQuery
import AFQSources
import Testing

@testable import afq

/// `CommandLineParser` on its own: the forms of the options in the README's "Command line", in
/// process, without running the binary (CommandLineTests does that).
@Suite struct CommandLineParserTests {
    /// The options a command line asks to run with, or nil (and a recorded issue) otherwise.
    private func options(_ arguments: [String]) throws -> CommandLineOptions {
        guard case .run(let options) = try CommandLineParser.parse(arguments) else {
            Issue.record("expected options to run with for \(arguments)")
            return CommandLineOptions()
        }
        return options
    }

    private func problem(_ arguments: [String]) -> UsageError? {
        do {
            _ = try CommandLineParser.parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    @Test func keepsCommandsFilesAndQueryFilesInTheOrderWritten() throws {
        let parsed = try options(["a.afq", "-c", "one", "-f", "b.afq", "--command", "two", "c.afq", "--file=d.afq"])
        #expect(
            parsed.batch == [
                .file("a.afq"), .command("one"), .file("b.afq"), .command("two"), .file("c.afq"), .file("d.afq"),
            ])
    }

    @Test func readsValuesAfterAnEqualsSign() throws {
        let parsed = try options(["--format=json", "--command=connectors | count", "--param=x=a=b", "--data="])
        #expect(parsed.format == .json)
        #expect(parsed.batch == [.command("connectors | count")])
        #expect(parsed.stringParameters == ["x=a=b"])
        #expect(parsed.data == [""])
    }

    @Test func readsValuesAttachedToShortOptions() throws {
        let parsed = try options(["-cconnectors", "-ojsonl", "-dx.json", "-f-", "-c-x"])
        #expect(parsed.batch == [.command("connectors"), .file("-"), .command("-x")])
        #expect(parsed.format == .jsonl)
        #expect(parsed.data == ["x.json"])
    }

    @Test func takesALoneDashAsAValueOrAQueryFile() throws {
        let parsed = try options(["--data", "-", "-", "-c", "x"])
        #expect(parsed.data == ["-"])
        #expect(parsed.batch == [.file("-"), .command("x")])
    }

    @Test func treatsEverythingAfterDoubleDashAsQueryFiles() throws {
        let parsed = try options(["-c", "x", "--", "--live", "-c", "--", "a.afq"])
        #expect(!parsed.live)
        #expect(parsed.batch == [.command("x"), .file("--live"), .file("-c"), .file("--"), .file("a.afq")])
    }

    @Test func keepsTheLastOfASingleValuedOption() throws {
        let parsed = try options(["-o", "csv", "--format", "yaml", "--live", "--region", "a", "--region=b"])
        #expect(parsed.format == .yaml)
        #expect(parsed.region == "b")
    }

    @Test func setsFlags() throws {
        let parsed = try options(["--live", "--allow-partial", "--no-color", "--profile", "p", "--endpoint-url", "u"])
        #expect(parsed.live && parsed.allowPartial && parsed.noColor)
        #expect(parsed.profile == "p")
        #expect(parsed.endpointURL == "u")
        #expect(try options([]) == CommandLineOptions())
    }

    @Test(arguments: [["-c"], ["--data"], ["-o", "--live"], ["--command", "-x"]])
    func rejectsAnOptionWithoutItsValue(arguments: [String]) {
        #expect(problem(arguments) == .missingValue(option: arguments[0]))
    }

    @Test func namesTheMissingValueAsWritten() {
        #expect(problem(["-c", "x", "-f"])?.message == "-f needs a value")
        #expect(problem(["--file"])?.message == "--file needs a value")
    }

    @Test func suggestsTheNearestLongOption() {
        #expect(problem(["--formt", "json"]) == .unknownOption("--formt", suggestion: "--format"))
        #expect(problem(["--formt=json"]) == .unknownOption("--formt", suggestion: "--format"))
        #expect(problem(["--allow-parital"]) == .unknownOption("--allow-parital", suggestion: "--allow-partial"))
        #expect(problem(["-live"]) == .unknownOption("-live", suggestion: "--live"))
        #expect(problem(["--bogus"]) == .unknownOption("--bogus", suggestion: nil))
        #expect(problem(["-x"]) == .unknownOption("-x", suggestion: nil))
        #expect(
            problem(["--formt"])?.message == "unknown option '--formt'; did you mean '--format'?")
    }

    @Test(arguments: ["--live=x", "--no-color=", "--allow-partial=yes", "--help=me", "--version=1"])
    func rejectsAFlagGivenAValue(argument: String) {
        let name = String(argument.prefix { $0 != "=" })
        #expect(problem([argument]) == .unexpectedValue(option: name))
        #expect(problem([argument])?.message == "\(name) takes no value")
    }

    @Test func doesNotBundleShortFlags() {
        #expect(problem(["-hc"]) == .unknownOption("-hc", suggestion: nil))
    }

    @Test func answersHelpAndVersionWhateverElseIsWrong() throws {
        #expect(try CommandLineParser.parse(["-h"]) == .help)
        #expect(try CommandLineParser.parse(["--bogus", "--help", "-o", "nope"]) == .help)
        #expect(try CommandLineParser.parse(["--version", "--help"]) == .help)
        #expect(try CommandLineParser.parse(["-c", "x", "--version"]) == .version)
        #expect(try CommandLineParser.parse(["-c--help"]) == .run(options(["--command=--help"])))
        #expect(try CommandLineParser.parse(["-c", "x", "--", "--help"]) != .help)
    }

    @Test func reportsTheFirstProblemInArgumentOrder() {
        #expect(problem(["--bogus", "-o", "nope"]) == .unknownOption("--bogus", suggestion: nil))
        #expect(problem(["-o", "nope", "--bogus"]) == .unknownFormat("nope"))
    }

    /// The messages the golden cases in Cases/errors/usage-*.err show.
    @Test func validatesOptionsTogether() {
        #expect(
            problem(["-o", "nope"])?.message
                == "unknown format 'nope'; expected one of: table, json, jsonl, csv, tsv, yaml, markdown, line")
        #expect(problem(["--data", "x.json", "--live"]) == .dataWithLive)
        #expect(problem(["--region", "us-east-1"])?.message == "--region needs --live")
        #expect(problem(["--allow-partial"])?.message == "--allow-partial needs --live")
        #expect(problem(["--live", "--region", " , "]) == .noRegions)
        #expect(problem(["-d", "-", "--data=-"])?.message == "--data - may be given only once")
        #expect(problem(["--param", "owner"])?.message == "--param takes NAME=VALUE, got 'owner'")
        #expect(problem(["--param", "=x"])?.message == "--param takes NAME=VALUE, got '=x'")
        #expect(problem(["--param-json", "1x=2"])?.message == "--param-json: '1x' is not a valid parameter name")
        #expect(
            problem(["--param-json", "types=[Salesforce"])?.message
                == "--param-json types: not valid JSON: 1:2: expected a value")
    }

    @Test func readsOrganizationOptions() throws {
        let parsed = try options([
            "--live", "--profile", "mgmt", "--org", "--role-name=AppFlowRead", "--accounts", "111122223333",
            "--skip-accounts", "444455556666", "--org-unit", "ou-ab12-cdef3456", "--region", "all",
        ])
        let live = parsed.liveOptions()
        #expect(live.regions == ["all"])
        #expect(live.profiles == ["mgmt"])
        #expect(
            live.organization
                == OrganizationOptions(
                    roleName: "AppFlowRead", accounts: ["111122223333"], skipAccounts: ["444455556666"],
                    units: ["ou-ab12-cdef3456"]))
        #expect(try options(["--live", "--profile", "a, b,a"]).liveOptions().profiles == ["a", "b"])
    }

    @Test func validatesOrganizationOptions() {
        #expect(problem(["--org"])?.message == "--org needs --live")
        #expect(problem(["--live", "--role-name", "X"])?.message == "--role-name needs --org")
        #expect(problem(["--live", "--org-unit", "ou-1"])?.message == "--org-unit needs --org")
        #expect(problem(["--live", "--org", "--profile", "a,b"])?.message.contains("give one --profile") == true)
        #expect(
            problem(["--live", "--org", "--accounts", "123"])?.message
                == "'123' is not an AWS account id (twelve digits)")
    }

    @Test func readsParameters() throws {
        let parsed = try options(["--param", "a=x", "--param-json", "b=[1]", "--param", "b=y"])
        let parameters = try parsed.parameters()
        #expect(parameters["a"] == .string("x"))
        #expect(parameters["b"] == .list([.number(1)]))
    }
}
