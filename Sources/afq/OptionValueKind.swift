/// What an option's value is, as far as completing it in a shell goes.
enum OptionValueKind: Equatable, Sendable {
    /// A flag: no value.
    case none
    /// Free text (a query, a URL, an account id): nothing to offer.
    case text
    /// A file or folder name.
    case path
    /// One of the output formats.
    case format
    /// Profile names from the AWS shared config and credentials files, read when completing (so a
    /// profile added after the script was installed is offered), comma-separated.
    case profiles
    /// The regions AppFlow runs in, and `all`, comma-separated.
    case regions
    /// A shell afq writes completions for.
    case shell
}
