/// Where the shell keeps its files, from the environment it is given (XDG base directories).
public struct ShellFiles: Sendable {
    /// `$XDG_STATE_HOME/afq/history`, else `~/.local/state/afq/history`.
    public let history: String?
    /// `$XDG_CONFIG_HOME/afq/afqrc`, else `~/.afqrc`.
    public let startup: String?

    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            history = state + "/afq/history"
        } else {
            history = home.map { $0 + "/.local/state/afq/history" }
        }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            startup = config + "/afq/afqrc"
        } else {
            startup = home.map { $0 + "/.afqrc" }
        }
    }
}
