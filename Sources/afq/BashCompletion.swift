/// The bash completion script (`afq --completions bash`), for bash-completion's folder or `source`.
///
/// It needs nothing from the bash-completion package: `_afq` reads `COMP_WORDS` itself, and
/// handles `--opt value`, `--opt=value` (whether or not bash split the word at `=`), comma lists
/// for `--region` and `--profile`, and `--`, after which every word is a query file.
enum BashCompletion {
    static var text: String {
        typealias Script = CompletionScript
        let options = CommandLineOption.allCases.flatMap { option in
            (option.shortName.map { ["-\($0)"] } ?? []) + ["--" + option.longName]
        }
        let profiles = Script.profileCommands(
            config: "\"${AWS_CONFIG_FILE:-$HOME/.aws/config}\"",
            credentials: "\"${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}\"")
        func pattern(_ kind: OptionValueKind) -> String { Script.spellings(of: kind).joined(separator: "|") }
        return Script.header(.bash) + """

            # Profile names from the AWS shared config and credentials files, read at each completion.
            _afq_profiles() {
                { \(profiles.joined(separator: "; ")); } | sort -u
            }

            # COMPREPLY: the words of $3 that start with the last comma-separated item of $2, each after
            # $1 and the items before it.
            _afq_list() {
                local head="" tail="$2"
                if [[ "$tail" == *,* ]]; then
                    head="${tail%,*},"
                    tail="${tail##*,}"
                fi
                mapfile -t COMPREPLY < <(compgen -P "$1$head" -W "$3" -- "$tail")
            }

            _afq() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="" option="" value="" prefix="" i
                COMPREPLY=()
                (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
                for (( i = 1; i < COMP_CWORD; i++ )); do
                    if [[ "${COMP_WORDS[i]}" == "--" ]]; then
                        compopt -o filenames 2>/dev/null
                        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                        return 0
                    fi
                done
                if [[ "$cur" == --*=* ]]; then
                    option="${cur%%=*}" value="${cur#*=}" prefix="${cur%%=*}="
                elif [[ "$cur" == "=" && "$prev" == --* ]]; then
                    option="$prev"
                elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then
                    option="${COMP_WORDS[COMP_CWORD-2]}" value="$cur"
                elif [[ "$prev" == -* ]]; then
                    option="$prev" value="$cur"
                fi
                case "$option" in
                    \(pattern(.format))) _afq_list "$prefix" "$value" "\(Script.words(Script.formats))"; return 0 ;;
                    \(pattern(.regions))) _afq_list "$prefix" "$value" "\(Script.words(Script.regions))"; return 0 ;;
                    \(pattern(.profiles))) _afq_list "$prefix" "$value" "$(_afq_profiles)"; return 0 ;;
                    \(pattern(.shell))) _afq_list "$prefix" "$value" "\(Script.words(Script.shells))"; return 0 ;;
                    \(pattern(.path)))
                        compopt -o filenames 2>/dev/null
                        mapfile -t COMPREPLY < <(compgen -f -P "$prefix" -- "$value")
                        return 0 ;;
                    \(pattern(.text))) return 0 ;;
                esac
                if [[ "$cur" == -* ]]; then
                    mapfile -t COMPREPLY < <(compgen -W "\(Script.words(options))" -- "$cur")
                else
                    compopt -o filenames 2>/dev/null
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                fi
                return 0
            }

            complete -F _afq afq

            """
    }
}
