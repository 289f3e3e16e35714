/// A dot-command as `.help` lists it: every name it answers to (`.quit` and `.exit`), so each is
/// a topic of its own.
struct CommandHelp {
    let names: [String]
    let syntax: String
    let summary: String
}
