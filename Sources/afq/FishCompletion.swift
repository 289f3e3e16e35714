/// The fish completion script (`afq --completions fish`), for `vendor_completions.d` or `source`:
/// one `complete` line per option, with fish's own handling of `--opt=value` and of comma lists
/// (`__fish_complete_list`).
enum FishCompletion {
    static var text: String {
        typealias Script = CompletionScript
        let profiles = Script.profileCommands(config: "$config", credentials: "$credentials")
        var out =
            Script.header(.fish) + """

                # Profile names from the AWS shared config and credentials files, read at each completion.
                function __afq_profiles
                    set -l config ~/.aws/config
                    test -n "$AWS_CONFIG_FILE"; and set config $AWS_CONFIG_FILE
                    set -l credentials ~/.aws/credentials
                    test -n "$AWS_SHARED_CREDENTIALS_FILE"; and set credentials $AWS_SHARED_CREDENTIALS_FILE
                    begin; \(profiles.joined(separator: "; ")); end | sort -u
                end

                function __afq_regions
                    printf '%s\\n' \(Script.words(Script.regions))
                end


                """
        for option in CommandLineOption.allCases {
            var line = "complete -c afq"
            if let letter = option.shortName { line += " -s \(letter)" }
            line += " -l \(option.longName)"
            switch option.valueKind {
            case .none: break
            case .text: line += " -x"
            case .path: line += " -r -F"
            case .format: line += " -x -a " + Script.singleQuoted(Script.words(Script.formats))
            case .profiles: line += " -x -a '(__fish_complete_list , __afq_profiles)'"
            case .regions: line += " -x -a '(__fish_complete_list , __afq_regions)'"
            case .shell: line += " -x -a " + Script.singleQuoted(Script.words(Script.shells))
            }
            out += line + " -d " + Script.singleQuoted(option.briefSummary) + "\n"
        }
        return out
    }
}
