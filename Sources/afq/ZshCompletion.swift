/// The zsh completion script (`afq --completions zsh`): an `_afq` file for a folder on `$fpath`
/// (`site-functions`), or `source`d after `compinit`.
///
/// `_afq` works on `PREFIX`, the word before the cursor, and moves what it has read of it
/// (`--format=`, the items of a comma list before the last) to `IPREFIX`, as `compset -P` would,
/// then offers the candidates with `compadd`, `_describe` or `_files`.
enum ZshCompletion {
    static var text: String {
        typealias Script = CompletionScript
        let descriptions = CommandLineOption.allCases.flatMap { option in
            let names = (option.shortName.map { ["-\($0)"] } ?? []) + ["--" + option.longName]
            return names.map { "        " + Script.singleQuoted($0 + ":" + option.briefSummary) }
        }
        let profiles = Script.profileCommands(
            config: "\"${AWS_CONFIG_FILE:-$HOME/.aws/config}\"",
            credentials: "\"${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}\"")
        func pattern(_ kind: OptionValueKind) -> String { Script.spellings(of: kind).joined(separator: "|") }
        return "#compdef afq\n" + Script.header(.zsh) + """

            # Profile names from the AWS shared config and credentials files, read at each completion.
            _afq_profiles() {
                { \(profiles.joined(separator: "; ")); } | sort -u
            }

            # Offers the words given for the last comma-separated item of PREFIX.
            _afq_list() {
                if [[ $PREFIX == *,* ]]; then
                    IPREFIX+="${PREFIX%,*},"
                    PREFIX="${PREFIX##*,}"
                fi
                compadd -- "$@"
            }

            _afq() {
                local option="" previous="${words[CURRENT-1]}"
                if (( ${words[(I)--]} > 0 && ${words[(I)--]} < CURRENT )); then
                    _files
                    return
                fi
                if [[ $PREFIX == --*=* ]]; then
                    option="${PREFIX%%=*}"
                    IPREFIX+="${PREFIX%%=*}="
                    PREFIX="${PREFIX#*=}"
                elif [[ $previous == -* ]]; then
                    option="$previous"
                fi
                case "$option" in
                    \(pattern(.format))) _afq_list \(Script.words(Script.formats)); return ;;
                    \(pattern(.regions))) _afq_list \(Script.words(Script.regions)); return ;;
                    \(pattern(.profiles))) _afq_list ${(f)"$(_afq_profiles)"}; return ;;
                    \(pattern(.shell))) _afq_list \(Script.words(Script.shells)); return ;;
                    \(pattern(.path))) _files; return ;;
                    \(pattern(.text))) return ;;
                esac
                if [[ $PREFIX == -* ]]; then
                    local -a options
                    options=(
            \(descriptions.joined(separator: "\n"))
                    )
                    _describe 'option' options
                else
                    _files
                fi
            }

            # Autoloaded from $fpath, this file is _afq's first call; sourced, it registers _afq.
            if [[ "$funcstack[1]" == "_afq" ]]; then
                _afq "$@"
            else
                compdef _afq afq
            fi

            """
    }
}
