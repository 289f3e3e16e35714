/// `--help`: every option, the modes and the exit statuses, as README's "Command line" gives them,
/// written from the option table (`CommandLineOption+Documentation`) and `CommandLineDocumentation`,
/// which the manual page is written from too. Kept within 80 columns.
extension AFQCommand {
    /// The synopsis, as README's "Command line" writes it.
    static let usage = CommandLineDocumentation.usage

    /// Follows a usage error's message, pointing at the full help.
    static let usageHint = "Usage: \(usage)\n  See 'afq --help' for more information.\n"

    /// The longest line: a few columns short of 80, as the text was first written by hand.
    private static let lineWidth = 76
    /// Where option descriptions start.
    private static let descriptionColumn = 26

    static let helpText: String = {
        typealias Document = CommandLineDocumentation
        var out = "afq: \(Document.purpose)\n\nUsage: \(usage)\n\n"
        out += Document.descriptionLead + "\n  " + Document.descriptionExample + "\n"
        out += TextWrapping.lines(Document.descriptionRest, width: lineWidth).map { $0 + "\n" }.joined()
        for section in OptionSection.allCases {
            out += "\n\(section.title):\n"
            for option in CommandLineOption.allCases where option.section == section {
                // Options with a letter start at column 2, the others line up their `--` under it.
                let label = option.shortName == nil ? "    " + option.label : option.label
                out += TextWrapping.entry(
                    label: label, text: option.summary, indent: 2, column: descriptionColumn, lineWidth: lineWidth)
            }
            if section == .queries {
                out += TextWrapping.entry(
                    label: Document.positionalLabel, text: Document.positionalSummary, indent: 2,
                    column: descriptionColumn, lineWidth: lineWidth)
            }
        }
        out += "\nEnvironment:\n"
        for variable in Document.environment {
            out += TextWrapping.entry(
                label: variable.name, text: variable.text, indent: 2, column: descriptionColumn, lineWidth: lineWidth)
        }
        out += "\n" + TextWrapping.lines(Document.valueForms, width: lineWidth).map { $0 + "\n" }.joined()
        out += "\nModes:\n"
        for mode in Document.modes {
            out += TextWrapping.entry(label: mode.name, text: mode.text, indent: 2, column: 15, lineWidth: lineWidth)
        }
        out += "\nExit status:\n"
        for status in Document.exitStatuses {
            out += TextWrapping.entry(
                label: String(status.code), text: status.text, indent: 2, column: 5, lineWidth: lineWidth)
        }
        return out
    }()
}
