/// A shell `afq --completions SHELL` writes a completion script for (README, "Shell completions").
enum CompletionShell: String, CaseIterable, Sendable {
    case bash, zsh, fish
}
