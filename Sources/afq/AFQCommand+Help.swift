/// `--help`, written by hand: every option, the modes and the exit statuses, as README's
/// "Command line" gives them. Kept within 80 columns.
extension AFQCommand {
    /// The synopsis, as README's "Command line" writes it.
    static let usage = "afq [OPTIONS] [QUERY_FILE ...]"

    /// Follows a usage error's message, pointing at the full help.
    static let usageHint = "Usage: \(usage)\n  See 'afq --help' for more information.\n"

    static let helpText = """
        afq: query Amazon AppFlow connector configurations

        Usage: \(usage)

        Runs statements such as
          connectors | where canUseAsDestination | select connectorName
        over recorded AppFlow responses (--data), the live AppFlow API (--live), or,
        with neither, a bundled sample of every AWS-managed connector type and
        several custom connectors.

        Queries (run in the order written):
          -c, --command QUERY     run QUERY (statements) and exit; repeatable
          -f, --file PATH         run a query file; repeatable
          QUERY_FILE ...          query files, like --file

        Data:
          -d, --data PATH         recorded data: a file, a folder (its *.json and
                                  *.jsonl files, by name), or - for standard input;
                                  repeatable
              --live              read from the live AppFlow API
              --region R[,R...]   regions for --live, or 'all' for every region
                                  AppFlow runs in (default: AWS_REGION,
                                  AWS_DEFAULT_REGION, then the profile's region)
              --profile P[,P...]  the AWS profile(s) for credentials and region;
                                  several profiles: one account each (default:
                                  AWS_PROFILE, else 'default')
              --endpoint-url URL  send API calls here instead of the regional
                                  endpoint (also AWS_ENDPOINT_URL_APPFLOW,
                                  AWS_ENDPOINT_URL)
              --record PATH       with --live: save every API response fetched, for
                                  replay with --data PATH
              --allow-partial     with --live: exit 0 when some accounts or regions
                                  answered even if others failed
              --org               with --live: every active account of the
                                  organisation the profile's account manages
              --role-name NAME    with --org: the role assumed in each account
                                  (default: OrganizationAccountAccessRole)
              --accounts ID,...   with --org: only these accounts
              --skip-accounts ID,...
                                  with --org: not these accounts
              --org-unit ID,...   with --org: only accounts under these
                                  organisational units (ou-...) or roots (r-...)

        Output:
          -o, --format FORMAT     table (default), json, jsonl, csv, tsv, yaml,
                                  markdown, line (records vertically)
              --no-color          never colour (also when NO_COLOR is set, or
                                  output is not a terminal)

        Parameters (the query reads them as $NAME):
              --param NAME=VALUE  set $NAME to the string VALUE; repeatable
              --param-json NAME=JSON
                                  set $NAME to a JSON value; repeatable

        Environment:
          AFQ_NOW=INSTANT         fix what now() reads to an ISO 8601 date or
                                  date-time (2026-01-01T00:00:00Z), for tests and
                                  reproducible reports; else each statement's
                                  start time, replaying a recording too
          NO_COLOR                never colour, as --no-color
          PAGER                   the shell's pager (default: less -FRSX)

        Other:
          -h, --help              show this help
              --version           show the version

        Values follow as '--opt VALUE', '--opt=VALUE', '-c VALUE' or '-cVALUE'; a
        value starting with '-' must be attached ('--command=-x'). '--' ends the
        options: every later argument is a QUERY_FILE.

        Modes:
          batch        with -c, -f or QUERY_FILEs: run them in order, print the
                       results, exit; the first failing statement stops the run
          interactive  otherwise, when standard input and output are a terminal:
                       the shell (prompt 'afq> '; '.help' lists its commands)
          stdin        otherwise: read statements from standard input, no prompts

        Exit status:
          0  every statement succeeded
          1  a query error: lexing, parsing, static check or run time
          2  a usage error: bad options or option values
          3  a data error: unreadable or malformed data, network, credentials,
             throttling or server errors, a failed live account or region
             (unless --allow-partial)

        """
}
